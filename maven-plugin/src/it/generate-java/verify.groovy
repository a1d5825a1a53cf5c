def classes = new File(basedir, 'target/classes/com/example/contracts')
['benefits/Employees.class', 'benefits/EmployeesDuckDbLoader.class',
 'benefits/EmployeesJdbcLoader.class', 'benefits/Companies.class', 'LoadResult.class', 'DuckDbFiles.class'].each {
  assert new File(classes, it).isFile() : "missing compiled ${it}"
}
assert !new File(classes, 'benefits/EmployeesPostgresLoader.class').exists() : 'postgres is no dialect here'
def log = new File(basedir, 'build.log').text
assert log.contains('Java sources in package com.example.contracts')
true
