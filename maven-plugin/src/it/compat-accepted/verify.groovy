// 1.1.0 removes a field with a minor bump, but the acceptances file accepts that break for 1.1.0.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact compat: accepted [field-removed] shop.customers fields.signup_date')
assert log.contains('[WARNING] datapact compat: datapact-accepted.yaml: acceptance of [enum-value-removed] shop.customers fields.segment.enum for version 1.0.3 has expired (the contract is at 1.1.0); remove it')
assert log.contains('1 contracts compared, 1 changed, 1 changes, 0 errors, 1 warnings, 1 accepted')
assert log.contains('BUILD SUCCESS')
true
