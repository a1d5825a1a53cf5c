// A fixture with a negative amount and an order of an unknown shop fails the build; JUnit XML names both.
def log = new File(basedir, 'build.log').text
assert log.contains('datapact verify on fixtures in datapact')
assert log.contains('[error] range fct_retail__orders.amount: 1 of 3 rows fail (samples: ORD-000002)')
assert log.contains('[error] relationships fct_retail__orders.shop_id: 1 of 3 rows fail (samples: ORD-000003)')
assert log.contains('BUILD FAILURE')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/datapact-reports/TEST-datapact-verify.xml'))
def failures = xml.'**'.findAll { it.name() == 'failure' }*.@message*.text()
assert failures.any { it.contains('range fct_retail__orders.amount') }
assert failures.any { it.contains('relationships fct_retail__orders.shop_id') }
true
