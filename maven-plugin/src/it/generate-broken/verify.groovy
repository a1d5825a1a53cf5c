// Invalid contracts fail the build before anything is generated.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [field-type-unknown] src/main/contracts/employees.yaml:15:11 fields[2].type: field 'salary': unknown type 'money'")
assert !new File(basedir, 'target/generated-resources').exists()
