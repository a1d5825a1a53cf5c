// Two generate executions in one module: each writes its own dialect to its own folder and keeps
// its own fingerprint, so neither undoes nor skips the other's work.
def warehouse = new File(basedir, 'target/warehouse')
def local = new File(basedir, 'target/local')
assert new File(warehouse, 'sql/postgres/raw/raw.benefits__companies.sql').text.contains('"company_name" TEXT')
assert !new File(warehouse, 'sql/duckdb').exists()
assert new File(local, 'sql/duckdb/raw/raw.benefits__companies.sql').isFile()
assert !new File(local, 'sql/postgres').exists()
[warehouse, local].each { assert new File(it, 'pipeline.json').isFile() }

def state = new File(basedir, 'target/datapact')
def fingerprints = ['warehouse', 'local'].collect { new File(state, "generate-${it}.sha256") }
fingerprints.each { assert it.isFile() : "missing ${it}" }
assert fingerprints[0].text != fingerprints[1].text

def log = new File(basedir, 'build.log').text
assert log.contains('generate (warehouse)')
assert log.contains('generate (local)')
assert log.count('datapact: generated files are up to date') == 2
true
