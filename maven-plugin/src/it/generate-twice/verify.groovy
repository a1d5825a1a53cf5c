def out = new File(basedir, 'target/generated-resources/datapact')
def sql = []
out.eachFileRecurse { if (it.name.endsWith('.sql') || it.name == 'pipeline.json') sql << it }
assert sql.size() == 47 : "expected 47 generated files (14 object scripts, pipeline.json, 32 data checks), found ${sql*.path}"
assert new File(out, 'sql/duckdb/marts/dim_benefits__employees.sql').text.contains('"valid_from"')
assert new File(out, 'sql/postgres/raw/raw.benefits__companies.sql').text.contains('"company_name" TEXT')

// The fingerprint was rewritten by the second build; no generated file was.
def fingerprint = new File(basedir, 'target/datapact/generate-default.sha256')
sql.each { f -> assert f.lastModified() < fingerprint.lastModified() : "${f} was rewritten by the second build" }

def log = new File(basedir, 'build.log').text
assert log.contains('(0 written, 47 unchanged, 0 deleted)')
assert log.contains('datapact: generated files are up to date')
