// 2.0.0 removes the same field: the major bump covers the break.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact compat: allowed [field-removed] shop.customers fields.signup_date: field removed (was date) (date -> none; breaks consumers); needs a major bump, declared major (1.0.0 -> 2.0.0)')
assert log.contains('1 contracts compared, 1 changed, 1 changes, 0 errors, 0 warnings, 0 accepted')
assert log.contains('BUILD SUCCESS')
true
