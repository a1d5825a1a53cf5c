// The three builds' logs follow each other in build.log.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('BUILD SUCCESS') }
assert builds.size() == 3 : "expected three successful builds in build.log"

def one = builds[0]
assert one.contains('datapact: 2 contract files')
assert one.contains('datapact: generate skipped (datapact.generate.skip=true)')
assert one.contains('datapact: verify skipped (datapact.verify.skip=true)')
assert one.contains('datapact: docs skipped (datapact.docs.skip=true)')
['sql', 'reports', 'site'].each { assert !new File(basedir, "target/one/${it}").exists() }

def two = builds[1]
assert two.contains('datapact: validate skipped (datapact.validate.skip=true)')
assert two.contains('datapact: verify skipped (datapact.verify.skip=true)')
assert new File(basedir, 'target/two/sql/pipeline.json').isFile()
assert new File(basedir, 'target/two/site/index.html').isFile()
assert !new File(basedir, 'target/two/reports').exists()

def three = builds[2]
assert three.count('datapact: skipped (datapact.skip=true)') == 4
['sql', 'reports', 'site'].each { assert !new File(basedir, "target/three/${it}").exists() }
true
