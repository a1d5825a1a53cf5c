// The first release: no earlier version to compare with, so compat warns and passes.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] datapact compat: no release of it.datapact:compat-contracts:zip:contracts below 1.0.0 found; treating this as the first release, nothing compared')
assert log.contains('datapact: packed 1 contract files into compat-contracts-1.0.0-contracts.zip')
def installed = new File(localRepositoryPath, 'it/datapact/compat-contracts/1.0.0/compat-contracts-1.0.0-contracts.zip')
assert installed.isFile()
def entries = new java.util.zip.ZipFile(installed).entries().collect { it.name }
assert entries == ['customers.yaml']
true
