// The analyst's row filter is gone in a patch release: a privacy break, logged prominently, that fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] datapact compat: baseline baseline')
assert log.contains('[WARNING] datapact compat: PRIVACY violation [row-filter-widened] shop.customers access.analyst.rowFilter: row filter widened from segment = \'retail\' to none; the role sees more rows')
assert log.contains('needs a major bump, declared patch (1.0.0 -> 1.0.1)')
assert log.contains('BUILD FAILURE')
true
