package io.datapact.generator.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.TestContracts;
import io.datapact.generator.checks.CheckResult.Status;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import io.datapact.model.Contract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident of a feed that delivers a dimension key twice in one batch with different values:
 * the raw check names the key, the batch and every mart it reaches; re-deliveries across batches,
 * versions of a key in one batch and identical copies are no duplicates; a dimension of keys only
 * is not checked; and a mart that did fan out fails its fan-out check.
 */
class BatchDuplicatesTest {
  private static final Dialect D = Dialects.byName("duckdb");
  private static final Instant NOW = Instant.parse("2025-03-05T08:30:00Z");
  private static final String REGIONS = """
      apiVersion: datapact/v1
      id: shop.regions
      version: 1.0.0
      owner: {team: shop}
      kind: dimension
      scd: {type: 1, key: [region_code]}
      fields:
        - {name: region_code, type: string, primaryKey: true, transform: [trim, upper]}
        - {name: region_name, type: string, required: true}
      """;
  private static final String STORES = """
      apiVersion: datapact/v1
      id: shop.stores
      version: 1.0.0
      owner: {team: shop}
      kind: dimension
      scd: {type: 2, key: [store_id], updatedAt: changed_at}
      fields:
        - {name: store_id, type: integer, required: true}
        - {name: region_code, type: string, required: true, references: shop.regions.region_code}
        - {name: manager_email, type: string, pii: email, classification: internal}
        - {name: changed_at, type: timestamp, required: true}
      """;
  private static final String ORDERS = """
      apiVersion: datapact/v1
      id: shop.orders
      version: 1.0.0
      owner: {team: shop}
      kind: fact
      grain: [order_id]
      fields:
        - {name: order_id, type: string, required: true}
        - {name: store_id, type: integer, required: true, references: shop.stores.store_id}
        - {name: amount, type: "decimal(10,2)", required: true}
        - {name: ordered_at, type: timestamp, required: true}
        - {name: warehouse_id, type: integer, references: shop.warehouses.warehouse_id}
      """;
  /** Joined, but of keys only: two copies of a key could only be identical. */
  private static final String WAREHOUSES = """
      apiVersion: datapact/v1
      id: shop.warehouses
      version: 1.0.0
      owner: {team: shop}
      kind: dimension
      scd: {type: 1, key: [warehouse_id]}
      fields:
        - {name: warehouse_id, type: integer, primaryKey: true}
      """;

  private Connection db;
  private PipelineCatalog catalog;
  private List<PlannedCheck> plan;
  private GeneratedFiles files;

  @BeforeEach
  void build() throws Exception {
    List<Contract> contracts = TestContracts.parse(REGIONS, STORES, ORDERS, WAREHOUSES);
    catalog = new PipelineCatalog(contracts);
    plan = CheckPlanner.plan(catalog);
    files = new Generator(List.of(D), null).generate(contracts);
    db = DriverManager.getConnection("jdbc:duckdb:");
    new PipelineRunner(files, "duckdb").build(db);
    sql("""
        INSERT INTO raw.shop__regions (region_code, region_name, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          ('north', 'North', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'regions.csv', 1),
          ('SOUTH', 'South', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'regions.csv', 2)""");
    // Store 8 changes twice within b1 (history), store 7 comes again in b2 (a re-delivery): no duplicates.
    sql("""
        INSERT INTO raw.shop__stores (store_id, region_code, manager_email, changed_at, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          (7, 'NORTH', 'ann@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'stores.csv', 1),
          (8, 'NORTH', 'bob@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'stores.csv', 2),
          (8, 'SOUTH', 'bob@example.com', TIMESTAMP '2025-03-02 00:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'stores.csv', 3),
          (7, 'NORTH', 'ann@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-05 07:00:00', 'b2', 'stores.csv', 1)""");
    sql("""
        INSERT INTO raw.shop__orders (order_id, store_id, amount, ordered_at, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          ('o-1', 7, 10.00, TIMESTAMP '2025-03-03 10:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'orders.csv', 1),
          ('o-2', 8, 20.00, TIMESTAMP '2025-03-03 11:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'orders.csv', 2)""");
    new PipelineRunner(files, "duckdb").build(db);
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  @Test
  void dimensionsAMartJoinsAreCheckedAndEveryMartTheyReachIsNamed() {
    assertThat(check("dim_shop__regions__batch_duplicates").params().get(PlannedCheck.DOWNSTREAM))
        .containsExactly("marts.dim_shop__regions", "marts.dim_shop__stores", "marts.fct_shop__orders");
    assertThat(check("dim_shop__stores__batch_duplicates").params().get(PlannedCheck.DOWNSTREAM))
        .containsExactly("marts.dim_shop__stores", "marts.fct_shop__orders");
    assertThat(plan).filteredOn(c -> c.kind() == CheckKind.BATCH_DUPLICATES).extracting(PlannedCheck::name)
        .containsExactly("dim_shop__regions__batch_duplicates", "dim_shop__stores__batch_duplicates");
  }

  @Test
  void historyInOneBatchReDeliveriesAcrossBatchesAndIdenticalCopiesPass() throws Exception {
    // An at-least-once feed: store 8's first version twice, byte for byte, in b1.
    sql("""
        INSERT INTO raw.shop__stores (store_id, region_code, manager_email, changed_at, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          (8, 'NORTH', 'bob@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'stores.csv', 4)""");

    assertThat(run("dim_shop__stores__batch_duplicates").message()).isEqualTo(
        "[pass] batch_duplicates dim_shop__stores.store_id: no key arrives twice with different values in one batch");
  }

  @Test
  void aKeyDeliveredTwiceInOneBatchNamesTheKeyTheBatchAndTheMartsItReaches() throws Exception {
    // The same store and version twice in b2, and a region whose cleaned key repeats in b1.
    sql("""
        INSERT INTO raw.shop__stores (store_id, region_code, manager_email, changed_at, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          (7, 'SOUTH', 'eve@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-05 07:00:00', 'b2', 'stores.csv', 2)""");
    sql("""
        INSERT INTO raw.shop__regions (region_code, region_name, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          (' North ', 'North (new feed)', TIMESTAMP '2025-03-04 07:00:00', 'b1', 'regions.csv', 3)""");

    CheckResult stores = run("dim_shop__stores__batch_duplicates");
    assertThat(stores.status()).isEqualTo(Status.FAIL);
    assertThat(stores.message()).isEqualTo("[error] batch_duplicates dim_shop__stores.store_id: 1 key arrives more than"
        + " once, with different values, in one batch of raw.shop__stores (samples: (7, b2)); a join on such a key fans out (one row per copy)"
        + " and staging keeps one copy arbitrarily, so totals in these marts are wrong: marts.dim_shop__stores,"
        + " marts.fct_shop__orders");
    assertThat(stores.message()).doesNotContain("example.com");
    assertThat(run("dim_shop__regions__batch_duplicates").samples()).containsExactly("(NORTH, b1)");
  }

  @Test
  void theMutationOfEveryBatchDuplicatesCheckIsKilled() throws Exception {
    List<PlannedCheck> checks = plan.stream().filter(c -> c.kind() == CheckKind.BATCH_DUPLICATES).toList();
    List<MutationProver.Outcome> outcomes = new MutationProver(sql(), catalog, NOW).outcomes(db, checks);

    assertThat(outcomes).allMatch(MutationProver.Outcome::killed).extracting(MutationProver.Outcome::mutation)
        .containsExactly("a copy of a raw row in its own batch with region_name NULL",
            "a copy of a raw row in its own batch with region_code NULL");
    assertThat(run("dim_shop__stores__batch_duplicates").status()).isEqualTo(Status.PASS);
  }

  @Test
  void aFactThatFansOutOverADimensionHoldingAKeyTwiceFailsItsFanOutCheck() throws Exception {
    assertThat(run("fct_shop__orders__fan_out").status()).isEqualTo(Status.PASS);
    // A second current version of store 7 in the dimension, as a dimension without de-duplication would hold.
    sql("""
        INSERT INTO marts.dim_shop__stores
        SELECT * REPLACE (stores_sk || '~copy' AS stores_sk) FROM marts.dim_shop__stores WHERE store_id = 7 AND is_current""");
    sql("""
        INSERT INTO raw.shop__orders (order_id, store_id, amount, ordered_at, _loaded_at, _batch_id, _source_file, _source_row) VALUES
          ('o-3', 7, 30.00, TIMESTAMP '2025-03-05 09:00:00', TIMESTAMP '2025-03-05 07:00:00', 'b2', 'orders.csv', 1)""");
    new PipelineRunner(files, "duckdb").build(db);

    CheckResult fanOut = run("fct_shop__orders__fan_out");
    assertThat(fanOut.status()).isEqualTo(Status.FAIL);
    assertThat(fanOut.message()).isEqualTo("[error] fan_out fct_shop__orders.order_id: 1 of 4 rows fail (samples: o-3)");
  }

  private PlannedCheck check(String name) {
    return plan.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private CheckSql sql() {
    return new CheckSql(D, new Templates(D, null), catalog);
  }

  private CheckResult run(String name) throws Exception {
    return new CheckRunner(sql(), NOW).run(db, check(name));
  }

  private void sql(String statement) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute(statement);
    }
  }
}
