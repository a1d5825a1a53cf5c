package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Relation;
import io.datapact.generator.verify.SyntheticBatch;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated record loaders of every example contract on embedded DuckDB (appender), PostgreSQL
 * (COPY) and PostgreSQL through JDBC batches (DuckDB's own JDBC inserts are too slow for every example): valid synthetic rows all land, a batch loaded again
 * replaces itself, rows that break rules land in the reject table with masked personal data, and a
 * failure mid-load leaves the earlier batch as it was.
 */
class RecordLoadersTest {
  @TempDir
  static Path dir;
  static Harness harness;
  static SyntheticData data;
  static EmbeddedPostgres postgres;

  @BeforeAll
  static void compile() throws Exception {
    harness = new Harness(TestContracts.examples(), dir);
    data = SyntheticData.generate(harness.contracts, SyntheticOptions.defaults().withSeed(11).withDefaultRows(200));
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    harness.close();
    postgres.close();
  }

  private static Connection duckDb() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    harness.createRawTables(c, "duckdb");
    return c;
  }

  private static Connection pg(String name) throws Exception {
    return harness.postgres(postgres, name);
  }

  @Test
  void everyExampleLoadsThroughTheDuckDbAppender() throws Exception {
    try (Connection c = duckDb()) {
      everyExampleLoads(c, "DuckDb");
    }
  }

  @Test
  void everyExampleLoadsThroughPostgresCopy() throws Exception {
    try (Connection c = pg("copy_loads")) {
      everyExampleLoads(c, "Postgres");
    }
  }

  @Test
  void everyExampleLoadsThroughJdbcBatchesOnPostgres() throws Exception {
    try (Connection c = pg("jdbc_loads")) {
      everyExampleLoads(c, "Jdbc");
    }
  }

  private static void everyExampleLoads(Connection c, String kind) throws Exception {
    for (Contract contract : data.contracts()) {
      SyntheticBatch batch = data.batch(contract, 1);
      List<Object> records = harness.records(contract, batch);
      Object loader = harness.loader(contract, kind, c);
      String raw = table(c, harness.names(contract).raw());
      assertThat(harness.load(loader, "b1", records)).as(contract.id() + " " + contract.version())
          .isEqualTo(new Harness.Counts(batch.size(), batch.size(), 0));
      assertThat(harness.load(loader, "b1", records)).as("loaded again").isEqualTo(new Harness.Counts(batch.size(), batch.size(), 0));
      assertThat(Harness.count(c, "SELECT count(*) FROM " + raw + " WHERE \"_batch_id\" = 'b1'"))
          .as(contract.id() + " rows after loading b1 twice").isEqualTo(batch.size());
      assertThat(Harness.rows(c, "SELECT min(\"_source_row\"), max(\"_source_row\"), count(DISTINCT \"_loaded_at\") FROM " + raw))
          .containsExactly("1\t" + batch.size() + "\t1");
      assertThat(c.getAutoCommit()).isTrue();
    }
  }

  private static String table(Connection c, Relation r) {
    return "\"" + r.schema() + "\".\"" + r.name() + "\"";
  }

  private static Contract claims() {
    return harness.contracts.stream().filter(c -> c.id().equals("benefits.claims")).findFirst().orElseThrow();
  }

  /** A valid claim with one value replaced. */
  private static Object claim(String id, int field, Object value) throws Exception {
    Object[] v = {id, 42L, "PLN-1", null, "west", "medical", "paid", LocalDate.parse("2024-05-01"),
        LocalDateTime.parse("2024-05-02T10:00:00"), new BigDecimal("120.50"), new BigDecimal("100"), "pat@example.com",
        "1234567890123456", "notes", LocalDateTime.parse("2024-05-03T00:00:00")};
    if (field >= 0) {
      v[field] = value;
    }
    return harness.record(claims(), v);
  }

  @Test
  void brokenRecordsAreRejectedOneByOneWithMaskedPersonalData() throws Exception {
    for (String kind : List.of("DuckDb", "Postgres", "Jdbc")) {
      try (Connection c = kind.equals("DuckDb") ? duckDb() : pg("rejects_" + kind.toLowerCase(java.util.Locale.ROOT))) {
        List<Object> records = List.of(
            claim("CLM-00000001", -1, null),
            claim("clm-00000002 ", -1, null),                       // valid after trim and upper
            claim("CLM-2", -1, null),                               // pattern
            claim(null, -1, null),                                  // required
            claim("CLM-00000005", 9, new BigDecimal("1.005")),      // scale
            claim("CLM-00000006", 9, new BigDecimal("12345678901.5")), // precision (overflow)
            claim("CLM-00000007", 9, new BigDecimal("-1000000.01")),   // range
            claim("CLM-00000008", 7, LocalDate.parse("2014-12-31")),   // date range
            claim("CLM-00000009", 12, "4111-1111"),                 // pattern on personal data
            claim("CLM-00000010", 9, new BigDecimal("1.5")));     // appended at the scale of decimal(12,2)
        Object loader = harness.loader(claims(), kind, c);
        assertThat(harness.load(loader, "bad", records)).as(kind).isEqualTo(new Harness.Counts(10, 3, 7));
        String rejects = table(c, new Relation("raw_benefits", "adjudicated_claims__rejects"));
        assertThat(Harness.rows(c, "SELECT line, field, rule, value, message, source_file FROM " + rejects
            + " WHERE batch_id = 'bad' ORDER BY line, rule")).as(kind).containsExactly(
            "3\tclaim_id\tpattern\tCLM-2\tdoes not match ^CLM-[0-9]{8}$\tnull",
            "4\tclaim_id\trequired\tnull\tis required\tnull",
            "5\tamount\tscale\t1.005\thas more than 2 decimal places\tnull",
            "6\tamount\tprecision\t12345678901.5\thas more than 10 digits before the decimal point\tnull",
            "6\tamount\trange\t12345678901.5\tis above the maximum 1000000\tnull",
            "7\tamount\trange\t-1000000.01\tis below the minimum -1000000\tnull",
            "8\tservice_date\trange\t2014-12-31\tis below the minimum 2015-01-01\tnull",
            "9\thsa_card_number\tpattern\t***\tdoes not match ^[0-9]{15,16}$\tnull");
        assertThat(Harness.rows(c, "SELECT \"claim_number\", \"billed_amount\", \"_source_row\" FROM "
            + table(c, new Relation("raw_benefits", "adjudicated_claims")) + " ORDER BY \"_source_row\""))
            .containsExactly("CLM-00000001\t120.50\t1", "clm-00000002 \t120.50\t2", "CLM-00000010\t1.50\t10");
      }
    }
  }

  @Test
  void aFailureMidLoadLeavesTheEarlierBatchAsItWas() throws Exception {
    for (String kind : List.of("DuckDb", "Postgres", "Jdbc")) {
      try (Connection c = kind.equals("DuckDb") ? duckDb() : pg("failure_" + kind.toLowerCase(java.util.Locale.ROOT))) {
        Object loader = harness.loader(claims(), kind, c);
        assertThat(harness.load(loader, "b", List.of(claim("CLM-00000001", -1, null), claim("CLM-2", -1, null))))
            .isEqualTo(new Harness.Counts(2, 1, 1));
        List<Object> good = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          good.add(claim(String.format("CLM-%08d", i), -1, null));
        }
        Iterable<Object> failing = () -> new Iterator<>() {
          private int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Object next() {
            if (n == 40) {
              throw new IllegalStateException("producer failed");
            }
            return good.get(n++);
          }
        };
        assertThatThrownBy(() -> harness.call(loader, "load", "b", failing)).as(kind).hasMessage("producer failed");
        assertThat(Harness.rows(c, "SELECT \"claim_number\" FROM " + table(c, new Relation("raw_benefits", "adjudicated_claims"))))
            .as(kind).containsExactly("CLM-00000001");
        assertThat(Harness.count(c, "SELECT count(*) FROM " + table(c, new Relation("raw_benefits", "adjudicated_claims__rejects"))))
            .isEqualTo(1);
        assertThat(c.getAutoCommit()).isTrue();
      }
    }
  }
}
