// Synthetic data passes every check; the reports are written; every check was proven to fail on bad data.
def log = new File(basedir, 'build.log').text
assert log.contains('datapact verify on synthetic data (seed 42)')
assert log =~ /checks batch-2 +\d+ passed, +\d+ warned, +0 failed/
assert log.contains('BUILD SUCCESS')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/datapact-reports/TEST-datapact-verify.xml'))
assert xml.testsuite.size() == 4
assert xml.testsuite.every { it.@failures.text() == '0' }
assert new File(basedir, 'target/datapact-reports/datapact-verify.md').text.startsWith('# datapact verify\n\n**Passed**')
true
