def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact: 2 contract files, 6 fields, 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
