def log = new File(basedir, 'build.log').text
assert log.contains('datapact compat: no release of it.datapact:compat-never-released:zip:contracts below 1.1.0-SNAPSHOT found and the build is offline, so the repository could not be asked')
assert log.contains('BUILD FAILURE')
true
