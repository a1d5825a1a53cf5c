package io.datapact.bench;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.run.SqlScript;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A DuckDB database holding an SCD2 customer dimension built from one batch of {@code rows} raw
 * rows, plus a second batch in which every {@code changeEvery}-th key has a later
 * {@code updated_at} and a new {@code tier} (a tracked field). With {@code deletes: ignore} the
 * second batch holds only the changed rows; with {@code deletes: close} every batch is a full
 * snapshot, so the second batch holds all {@code rows} rows, the changed ones included.
 *
 * <p>Raw rows are generated inside DuckDB ({@code INSERT ... SELECT ... FROM range(n)}). After the
 * first batch is built, the mart is copied to {@value #BASELINE}, so that every measurement can
 * start again from the state the first build left: {@link #resetForIncremental()} puts that state
 * back, {@link #resetForFullRebuild()} drops the mart and its processed batches.
 */
final class Scd2Fixture implements AutoCloseable {
  static final String MART = "\"marts\".\"dim_bench__customers\"";
  static final String MART_NAME = "marts.dim_bench__customers";
  static final String RAW = "\"raw\".\"bench__customers\"";
  static final String STATE = "\"datapact\".\"processed_batches\"";
  static final String BASELINE = "\"bench\".\"mart_after_batch_1\"";
  static final String BATCH_1 = "batch-0001";
  static final String BATCH_2 = "batch-0002";

  final String deletes;
  final int rows;
  final int changeEvery;
  final GeneratedFiles files;
  final Connection connection;
  /** Seconds the setup steps took, for the log. */
  double batch1Insert;
  double batch1Build;
  double batch2Insert;

  Scd2Fixture(String deletes, int rows, int changeEvery, String memoryLimit) throws SQLException {
    this.deletes = deletes;
    this.rows = rows;
    this.changeEvery = changeEvery;
    this.files = new Generator(List.of(Dialects.byName("duckdb")), null).generate(List.of(contract(deletes)));
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    execute("SET memory_limit = '" + memoryLimit + "'");
    execute("SET preserve_insertion_order = true");
  }

  /** The dimension: 10 fields, key {@code customer_id}, versions by {@code updated_at}, 5 tracked fields. */
  static String yaml(String deletes) {
    return """
        apiVersion: datapact/v1
        id: bench.customers
        version: 1.0.0
        status: active
        owner: {team: bench, email: bench@example.com}
        description: A type 2 customer dimension for the incremental build benchmark.
        kind: dimension
        scd:
          type: 2
          key: [customer_id]
          updatedAt: updated_at
          tracked: [segment, region, tier, credit_limit, city]
          deletes: %s
        fields:
          - {name: customer_id, type: long, required: true}
          - {name: updated_at, type: timestamp, required: true}
          - {name: full_name, type: string, transform: [trim]}
          - {name: email, type: string, transform: [trim, lower]}
          - {name: segment, type: string, enum: [consumer, smb, enterprise]}
          - {name: region, type: string}
          - {name: tier, type: integer, range: {min: 0, max: 4}}
          - {name: credit_limit, type: 'decimal(12,2)'}
          - {name: city, type: string}
          - {name: signup_date, type: date}
        """.formatted(deletes);
  }

  static Contract contract(String deletes) {
    Problems problems = new Problems();
    SourceDocument document = new YamlReader().parse(yaml(deletes), "customers.yaml", problems).orElseThrow();
    ValidationBenchmark.requireValid("scd2 contract parse", problems.sorted());
    ValidationReport report = ContractValidator.standard().validateDocuments(List.of(document));
    ValidationBenchmark.requireValid("scd2 contract", report.problems());
    return report.contracts().stream().map(LoadedContract::contract).findFirst().orElseThrow();
  }

  /** Creates the objects, loads batch 1, builds it, keeps a copy of the mart, loads batch 2. */
  void prepare() throws SQLException {
    build();
    long t0 = System.nanoTime();
    execute(insertBatch(BATCH_1, "2025-01-01 02:00:00", false));
    long t1 = System.nanoTime();
    build();
    long t2 = System.nanoTime();
    execute("CREATE SCHEMA IF NOT EXISTS \"bench\"");
    execute("CREATE TABLE " + BASELINE + " AS SELECT * FROM " + MART);
    long t3 = System.nanoTime();
    execute(insertBatch(BATCH_2, "2025-01-16 02:00:00", true));
    long t4 = System.nanoTime();
    batch1Insert = (t1 - t0) / 1e9;
    batch1Build = (t2 - t1) / 1e9;
    batch2Insert = (t4 - t3) / 1e9;
    long expected = rows + 1L;
    if (count("SELECT count(*) FROM " + BASELINE) != expected) {
      throw new IllegalStateException("batch 1 built " + count("SELECT count(*) FROM " + BASELINE)
          + " rows, expected " + expected);
    }
  }

  /**
   * Raw rows of one batch. Batch 1 (second = false) holds keys 1..rows. Batch 2 holds the changed
   * keys (every changeEvery-th) with a later updated_at and the next tier; for a snapshot feed it
   * also repeats every other key unchanged.
   */
  String insertBatch(String batch, String loadedAt, boolean second) {
    boolean snapshot = !"ignore".equals(deletes);
    String changed = second ? "i % " + changeEvery + " = 0" : "FALSE";
    String where = second && !snapshot ? "\nWHERE " + changed : "";
    return String.format(Locale.ROOT, """
        INSERT INTO %s ("customer_id", "updated_at", "full_name", "email", "segment", "region", "tier",
          "credit_limit", "city", "signup_date", "_loaded_at", "_batch_id", "_source_file", "_source_row")
        SELECT i,
          CASE WHEN %s THEN TIMESTAMP '2025-01-15 00:00:00' + to_seconds(i %% 86400)
               ELSE TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i %% 31536000) END,
          ' Customer ' || i || ' ',
          'Customer' || i || '@Example.com',
          CASE i %% 3 WHEN 0 THEN 'consumer' WHEN 1 THEN 'smb' ELSE 'enterprise' END,
          'region-' || CAST(i %% 40 AS VARCHAR),
          CAST(CASE WHEN %s THEN (i + 1) %% 5 ELSE i %% 5 END AS INTEGER),
          CAST((i %% 1000) * 50 AS DECIMAL(12,2)),
          'city-' || CAST((i * 7919) %% 2000 AS VARCHAR),
          DATE '2015-01-01' + CAST(i %% 3650 AS INTEGER),
          TIMESTAMP '%s', '%s', 'customers-%s.csv', i
        FROM range(1, %d) AS t(i)%s""", RAW, changed, changed, loadedAt, batch, batch, rows + 1L, where);
  }

  /** Keys changed by batch 2. */
  long changedKeys() {
    return rows / changeEvery;
  }

  /** Puts back the state after batch 1: the mart as built then, batch 2 not processed. */
  void resetForIncremental() throws SQLException {
    execute("DROP TABLE IF EXISTS " + MART);
    execute(martDdl());
    execute("INSERT INTO " + MART + " SELECT * FROM " + BASELINE);
    execute("DELETE FROM " + STATE + " WHERE \"object_name\" = '" + MART_NAME + "' AND \"batch_id\" = '" + BATCH_2 + "'");
  }

  /** Drops the mart and forgets every batch it processed: the next build starts from scratch. */
  void resetForFullRebuild() throws SQLException {
    execute("DROP TABLE IF EXISTS " + MART);
    execute("DELETE FROM " + STATE + " WHERE \"object_name\" = '" + MART_NAME + "'");
  }

  /** One build of the whole pipeline, as {@code PipelineRunner} runs it. */
  void build() throws SQLException {
    new PipelineRunner(files, "duckdb").build(connection);
  }

  /** The mart's file from the generated files. */
  String martScript() {
    return files.files().get("sql/duckdb/marts/dim_bench__customers.sql");
  }

  private String martDdl() {
    return SqlScript.split(martScript()).stream().filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS " + MART))
        .findFirst().orElseThrow();
  }

  /** Row counts of the mart: all rows, current rows, rows of batch 2; and processed batches. */
  long[] counts() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE \"is_current\"), "
            + "count(*) FILTER (WHERE \"_batch_id\" = '" + BATCH_2 + "'), "
            + "(SELECT count(*) FROM " + STATE + " WHERE \"object_name\" = '" + MART_NAME + "') FROM " + MART)) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)};
    }
  }

  /** Throws unless the mart holds what batches 1 and 2 give: one version per key, two for changed keys. */
  void verify() throws SQLException {
    long[] c = counts();
    long expectedRows = rows + changedKeys() + 1;
    long expectedCurrent = rows + 1L;
    if (c[0] != expectedRows || c[1] != expectedCurrent || c[3] != 2) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "mart after batch 2: %d rows (expected %d), %d current (expected %d), %d processed batches (expected 2)",
          c[0], expectedRows, c[1], expectedCurrent, c[3]));
    }
  }

  long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** Statements of a script, in order. */
  static List<String> statements(String script) {
    return new ArrayList<>(SqlScript.split(script));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
