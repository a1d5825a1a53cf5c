// Every problem is listed in the failure message, visible without -e, with rule id and file:line:col.
def log = new File(basedir, 'build.log').text
def expected = [
    "[ERROR] [scd-field-unknown] src/main/contracts/employees.yaml:6:47 scd.updatedAt: SCD updatedAt column 'changed_at' is not a field of benefits.employees; fields are: employee_id, company_id, salary, email",
    "[ERROR] [reference-type-mismatch] src/main/contracts/employees.yaml:12:11 fields[1].type: field 'company_id' is string but references benefits.companies.company_id of type long; declare it as long",
    "[ERROR] [field-type-unknown] src/main/contracts/employees.yaml:15:11 fields[2].type: field 'salary': unknown type 'money'; use one of string, integer, long, decimal(p,s), double, boolean, date, timestamp, timestamptz, uuid, json, list<T>",
    "[ERROR] [pii-classification-missing] src/main/contracts/employees.yaml:18:10 fields[3].pii: PII field 'email' has no classification; add 'classification: confidential' or 'restricted'",
    "[INFO] datapact: 2 contract files, 6 fields, 4 errors, 0 warnings",
]
expected.each { line -> assert log.contains(line) : "build.log lacks: ${line}" }
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace expected'
