// Both modules validated, generated, verified and documented in a parallel build, with no warning
// at all (Maven warns about goals not marked thread-safe in a -T build).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /MultiThreadedBuilder .*thread count of 2/
assert !log.contains('[WARNING]') : "the parallel build logged warnings"
assert !log.contains('thread-safe') && !log.contains('threadSafe')

[hr: ['benefits__companies', 'benefits__employees'], pets: ['petcare__pets']].each { module, names ->
    def target = new File(basedir, "${module}/target")
    names.each { name ->
        assert new File(target, "generated-resources/datapact/sql/duckdb/raw/raw.${name}.sql").isFile()
        assert new File(target, "generated-resources/datapact/sql/postgres/raw/raw.${name}.sql").isFile()
        assert new File(target, 'datapact-site/lineage.svg').text.contains("data-node=\"raw.${name}\"")
    }
    assert new File(target, 'datapact-reports/TEST-datapact-verify.xml').isFile()
}
// Each module documents its own contracts only.
assert !new File(basedir, 'hr/target/datapact-site/contracts/petcare.pets').exists()
assert !new File(basedir, 'pets/target/datapact-site/contracts/benefits.companies').exists()
true
