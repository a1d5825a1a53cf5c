// The documentation site: index, a page per contract, lineage with every pipeline object, search
// index and the JSON Schema, all linked relatively and nothing loaded from the network.
def site = new File(basedir, 'target/datapact-site')
def index = new File(site, 'index.html').text
assert index.contains('href="contracts/benefits.companies/1.0.0.html"')
assert index.contains('href="contracts/benefits.employees/1.2.0.html"')
def employees = new File(site, 'contracts/benefits.employees/1.2.0.html').text
assert employees.contains('<h2 id="fields">Fields</h2>')
assert employees.contains('<h2 id="checks">Generated data checks</h2>')
def svg = new File(site, 'lineage.svg').text
['datapact.setup', 'raw.benefits__companies', 'staging.stg_benefits__companies', 'marts.dim_benefits__companies',
 'raw.benefits__employees', 'marts.dim_benefits__employees'].each { assert svg.contains("data-node=\"${it}\"") }
// The one overridden template (src/main/datapact/templates/site/site.css.ftl) replaced the built-in style.
assert new File(site, 'assets/site.css').text.startsWith('/* House style of the data team')
assert new File(site, 'assets/search.js').text.contains('DATAPACT_SEARCH')
assert new File(site, 'assets/search-index.js').text.startsWith('window.DATAPACT_SEARCH = [')
assert new File(site, 'schema/contract-v1.schema.json').text.contains('"$schema"')
site.eachFileRecurse { f ->
    if (f.isFile() && !f.name.endsWith('.json')) {
        assert !(f.text =~ /(src|href)="(https?:)?\/\//) : "${f} links outside the site"
    }
}
def log = new File(basedir, 'build.log').text
assert log =~ /datapact: documentation site of 2 contract versions \(\d+ written, 0 unchanged, 0 deleted\)/
assert log =~ /datapact: documentation site of 2 contract versions \(0 written, \d+ unchanged, 0 deleted\)/
true
