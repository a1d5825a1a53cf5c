// 1.1.0 removes a field of 1.0.0: a break that needs a major bump, so the build fails and says how to fix it.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact compat: baseline it.datapact:compat-contracts:zip:contracts:1.0.0')
assert log.contains('datapact compat: 1 change needs a bigger version bump than declared (baseline: it.datapact:compat-contracts:zip:contracts:1.0.0):')
assert log.contains('[field-removed] shop.customers fields.signup_date: field removed (was date) (date -> none; breaks consumers); needs a major bump, declared minor (1.0.0 -> 1.1.0)')
assert log.contains('shop.customers: 1.0.0 -> 1.1.0 declares a minor bump; the changes need major')
assert log.contains('accept it in datapact-accepted.yaml')
assert log.contains('  - contract: shop.customers')
assert log.contains('    version: "1.1.0"')
assert log.contains('    rule: field-removed')
assert log.contains('    path: "fields.signup_date"')
assert log.contains('1 contracts compared, 1 changed, 1 changes, 1 errors, 0 warnings, 0 accepted')
assert log.contains('BUILD FAILURE')
true
