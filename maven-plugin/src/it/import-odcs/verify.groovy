def log = new File(basedir, 'build.log').text
def customers = new File(basedir, 'src/main/contracts/shop/customers.yaml')
def orders = new File(basedir, 'src/main/contracts/shop/orders.yaml')
def views = new File(basedir, 'src/main/contracts/shop_events/page_views.yaml')
assert customers.isFile() && orders.isFile() && views.isFile()
// run 3 failed and wrote nothing: the files still hold version 1.4.0
assert orders.text.contains("version: 1.4.0")
assert orders.text.contains("references: shop.customers.customer_id")
assert orders.text.contains("expression: 'not (status = ''shipped'' AND amount IS NULL)'")
assert new File(basedir, 'src/main/contracts').listFiles().collectMany { it.listFiles().toList() }.size() == 3
assert customers.text.contains("sourceName: CustomerId")
assert views.text.contains("errorAfter: 6h")
// warnings name file, line, column and element
assert log.contains("[import-dropped] interop/shop.odcs.yaml:14:1 warning tags: 'tags' not imported")
assert log.contains("[import-dropped] interop/shop.odcs.yaml:90:5 warning slaProperties[1]: SLA property 'retention' not imported")
assert log.contains('datapact: imported 3 contracts')
assert log.contains('[INFO] datapact: 3 contract files')
assert log.contains('0 contract files written, 3 unchanged')
assert log.contains('datapact import would overwrite 2 existing contract files with other content; nothing was written')
def export = new File(basedir, 'target/datapact-export')
assert new File(export, 'odcs/shop/orders-v1.odcs.yaml').text.contains('datapact.references')
assert new File(export, 'dbt/dbt_project.yml').text.contains('name: datapact')
assert new File(export, 'dbt/models/marts/shop/fct_shop__orders.sql').isFile()
assert new File(export, 'dbt/tests/fct_shop__orders__expression__shipped_has_amount.sql').isFile()
assert log.contains('datapact: exported 3 contracts as dbt, odcs')
true
