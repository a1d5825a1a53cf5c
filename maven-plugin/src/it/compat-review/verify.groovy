// The review of 1.1.0 against release 1.0.0: a removed field (breaking) and an unmasked role (privacy).
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact review: 1 contracts compared, 1 changed, 2 changes, 2 errors, 0 warnings, 0 accepted; written to target/datapact/review/review.md')
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/datapact/review')
def md = new File(dir, 'review.md').text
assert md.startsWith('# datapact review\n\nBaseline: it.datapact:compat-contracts:zip:contracts:1.0.0.')
assert md.contains('| shop.customers | 1.0.0 -> 1.1.0 | minor | major | 1 | 1 | 0 | **fails** |')
assert md.indexOf('`field-removed`') < md.indexOf('`role-unmasked`')
assert md.contains('- dimension: `marts.dim_shop__customers`')
assert md.contains('- roles: analyst')
assert md.contains('<details><summary>sql/duckdb/staging/stg_shop__customers.sql</summary>')
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'review.json'))
assert json.contracts[0].breaking[0].rule == 'field-removed'
assert json.contracts[0].privacy[0].rule == 'role-unmasked'
def junit = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-datapact-review.xml'))
assert junit.@tests == '2'
assert junit.@failures == '2'
true
