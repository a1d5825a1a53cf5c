def log = new File(basedir, 'build.log').text
assert log.contains('datapact: skipped (datapact.skip=true)')
assert log.contains('BUILD SUCCESS')
true
