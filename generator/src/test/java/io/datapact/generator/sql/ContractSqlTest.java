package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.TestContracts;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.run.ScriptRunner;
import io.datapact.generator.sql.dialect.DuckDbDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the generated SQL that the golden files only freeze as text. The end-to-end
 * scenario tests cover the pipeline at large; this class holds what the generator's own tests
 * found.
 */
class ContractSqlTest {
  private static final String CUSTOMERS = """
      apiVersion: datapact/v1
      id: shop.customers
      version: 1.0.0
      owner: {team: data}
      kind: dimension
      scd: {type: 1, key: [customer_id], updatedAt: updated_at}
      fields:
        - {name: customer_id, type: long, primaryKey: true}
        - {name: customer_name, type: string}
        - {name: updated_at, type: timestamp, required: true}
      """;

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /**
   * {@code scd.updatedAt} is "the field that tells which of two source rows for a key is newer"
   * (docs/contract-format.md), so of two rows for a key the one with the later {@code updated_at}
   * wins, wherever it sits in the feed.
   *
   * <p>Fails today: for SCD type 0 and 1 marts and for staging views the de-duplication orders by
   * the audit columns only ({@code _loaded_at, _batch_id, _source_file, _source_row} descending),
   * so the row delivered last wins even when it is older; {@code updatedAt} is used for ordering
   * only in SCD2/SCD3 history ({@code ContractSql.mart}, {@code source(dedup, earliest)}).
   */
  @Test
  void scd1TakesTheRowWithTheLatestUpdatedAt() throws SQLException {
    GeneratedFiles out = new Generator(List.of(new DuckDbDialect()), null).generate(TestContracts.parse(CUSTOMERS));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      new PipelineRunner(out, "duckdb").build(c);
      new ScriptRunner(c).run("load.sql", """
          INSERT INTO "raw"."shop__customers" VALUES
            (1, 'renamed in February', TIMESTAMP '2026-02-01 00:00:00', TIMESTAMP '2026-03-01 00:00:00', 'b1', 'f.csv', 1),
            (1, 'as in January',       TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-03-01 00:00:00', 'b1', 'f.csv', 2);
          """);
      new PipelineRunner(out, "duckdb").build(c);

      assertThat(rows(c, "SELECT customer_name FROM marts.dim_shop__customers WHERE customer_id = 1"))
          .as("mart").containsExactly("renamed in February");
      assertThat(rows(c, "SELECT customer_name FROM staging.stg_shop__customers WHERE customer_id = 1"))
          .as("staging view").containsExactly("renamed in February");
    }
  }

  private static String accounts(String tracked) {
    return """
        apiVersion: datapact/v1
        id: shop.accounts
        version: 1.0.0
        owner: {team: data}
        kind: dimension
        scd: {type: 2, key: [account_id], updatedAt: updated_at, tracked: [%s], deletes: close}
        fields:
          - {name: account_id, type: long, required: true}
          - {name: plan, type: string}
          - {name: region, type: string}
          - {name: updated_at, type: timestamp, required: true}
        """.formatted(tracked);
  }

  private static void loadSnapshot(Connection c, String batch, String loadedAt, String updatedAt, String region)
      throws SQLException {
    new ScriptRunner(c).run("load.sql", """
        INSERT INTO "raw"."shop__accounts" VALUES
          (1, 'basic', '%s', TIMESTAMP '%s', TIMESTAMP '%s', '%s', 'f.csv', 1);
        """.formatted(region, updatedAt, loadedAt, batch));
  }

  private static final String VERSIONS = "SELECT concat_ws(' ', plan, region, valid_from, valid_to, is_current, _row_hash)"
      + " FROM marts.dim_shop__accounts WHERE account_id = 1 ORDER BY valid_from";

  /**
   * Snapshot feeds compare the tracked fields themselves, not hashes of them, so a build after the
   * tracked fields changed must notice that the stored hashes are stale: otherwise a key whose new
   * row equals its current version would keep the history of the old tracked fields. Here the
   * region changes twice and comes back, which opens no version while only the plan is tracked;
   * once the region is tracked too, the build must give the three versions a full rebuild gives.
   */
  @Test
  void scd2SnapshotRecomputesKeysWhenTheTrackedFieldsChange() throws SQLException {
    GeneratedFiles before = new Generator(List.of(new DuckDbDialect()), null).generate(TestContracts.parse(accounts("plan")));
    GeneratedFiles after = new Generator(List.of(new DuckDbDialect()), null)
        .generate(TestContracts.parse(accounts("plan, region")));
    List<String> incremental;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      new PipelineRunner(before, "duckdb").build(c);
      loadSnapshot(c, "b1", "2026-01-01 00:00:00", "2025-12-01 00:00:00", "north");
      loadSnapshot(c, "b2", "2026-01-02 00:00:00", "2026-01-01 12:00:00", "south");
      loadSnapshot(c, "b3", "2026-01-03 00:00:00", "2026-01-02 12:00:00", "north");
      new PipelineRunner(before, "duckdb").build(c);
      assertThat(rows(c, VERSIONS)).as("one version while only the plan is tracked").hasSize(1);

      loadSnapshot(c, "b4", "2026-01-04 00:00:00", "2026-01-02 12:00:00", "north");
      new PipelineRunner(after, "duckdb").build(c);
      incremental = rows(c, VERSIONS);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      new PipelineRunner(after, "duckdb").build(c);
      loadSnapshot(c, "b1", "2026-01-01 00:00:00", "2025-12-01 00:00:00", "north");
      loadSnapshot(c, "b2", "2026-01-02 00:00:00", "2026-01-01 12:00:00", "south");
      loadSnapshot(c, "b3", "2026-01-03 00:00:00", "2026-01-02 12:00:00", "north");
      loadSnapshot(c, "b4", "2026-01-04 00:00:00", "2026-01-02 12:00:00", "north");
      new PipelineRunner(after, "duckdb").build(c);
      assertThat(rows(c, VERSIONS)).as("full rebuild").hasSize(3);
      assertThat(incremental).as("incremental build after the tracked fields changed").isEqualTo(rows(c, VERSIONS));
    }
  }
}
