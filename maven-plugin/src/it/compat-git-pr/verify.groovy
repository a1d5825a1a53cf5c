// The branch removes a field with a minor bump: compared with the merge base, read by JGit, it fails.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] datapact compat: baseline git merge base of HEAD and main \([0-9a-f]{10}\)/
assert log.contains('[field-removed] shop.customers fields.signup_date: field removed (was date) (date -> none; breaks consumers); needs a major bump, declared minor (1.0.0 -> 1.1.0)')
assert log.contains('BUILD FAILURE')
true
