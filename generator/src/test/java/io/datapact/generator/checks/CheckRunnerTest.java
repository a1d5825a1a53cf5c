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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the runner reports on DuckDB: counts, samples from non-PII keys only, severity, tolerance, the clock. */
class CheckRunnerTest {
  private static final Dialect D = Dialects.byName("duckdb");
  private static final Instant NOW = Instant.parse("2025-03-05T08:30:00Z");
  private static Connection db;
  private static PipelineCatalog catalog;
  private static List<PlannedCheck> plan;

  @BeforeAll
  static void build() throws Exception {
    List<Contract> contracts = TestContracts.parse(CheckPlannerTest.CUSTOMERS, CheckPlannerTest.STORES);
    catalog = new PipelineCatalog(contracts);
    plan = CheckPlanner.plan(catalog);
    GeneratedFiles files = new Generator(List.of(D), null).generate(contracts);
    db = DriverManager.getConnection("jdbc:duckdb:");
    new PipelineRunner(files, "duckdb").build(db);
    try (Statement s = db.createStatement()) {
      s.execute("""
          INSERT INTO raw.shop__customers VALUES
            (1, 'same@example.com', 'bronze', TIMESTAMPTZ '2025-03-05 07:00:00+00', TIMESTAMP '2025-03-05 07:05:00', 'b1', 'f', 1),
            (2, 'same@example.com', 'gold', TIMESTAMPTZ '2025-03-05 06:00:00+00', TIMESTAMP '2025-03-05 07:05:00', 'b1', 'f', 2),
            (3, 'other@example.com', 'gold', TIMESTAMPTZ '2025-03-05 06:00:00+00', TIMESTAMP '2025-03-05 07:05:00', 'b1', 'f', 3)""");
      s.execute("""
          INSERT INTO raw.shop__stores VALUES
            (7, NULL, 'boss@example.com', TIMESTAMP '2025-03-01 00:00:00', TIMESTAMP '2025-03-05 07:05:00', 'b1', 'f', 1)""");
    }
    new PipelineRunner(files, "duckdb").build(db);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static CheckResult run(String name, Instant now) throws Exception {
    PlannedCheck check = plan.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    return new CheckRunner(new CheckSql(D, new Templates(D, null), catalog), now).run(db, check);
  }

  @Test
  void aDuplicatedPiiValueIsReportedByTheKeyNeverByTheValue() throws Exception {
    CheckResult r = run("stg_shop__customers__unique__email", NOW);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("[error] unique stg_shop__customers.email: 2 of 3 rows fail (samples: 1, 2)");
    assertThat(r.message()).doesNotContain("same@example.com");
  }

  @Test
  void failuresWithinTheTolerancePass() throws Exception {
    PlannedCheck c = plan.stream().filter(p -> p.name().equals("stg_shop__customers__unique__email")).findFirst().orElseThrow();
    PlannedCheck tolerant = new PlannedCheck(c.name(), c.kind(), c.contract(), c.target(), c.columns(), c.params(),
        c.severity(), 0.7, c.sampleColumns());
    CheckResult r = new CheckRunner(new CheckSql(D, new Templates(D, null), catalog), NOW).run(db, tolerant);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.failing()).isEqualTo(2);
    assertThat(r.message()).startsWith("[pass] unique stg_shop__customers.email: 2 of 3 rows fail");
  }

  @Test
  void aWarningCheckWarnsAndSkipsTheUnknownMember() throws Exception {
    CheckResult r = run("dim_shop__stores__expression__named", NOW);
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.message()).isEqualTo("[warn] expression dim_shop__stores.named: 1 of 1 rows fail (samples: 7)");
  }

  @Test
  void freshnessIsMeasuredAgainstTheGivenNow() throws Exception {
    assertThat(run("stg_shop__customers__freshness__warn", NOW).message())
        .isEqualTo("[warn] freshness stg_shop__customers.exported_at: fails (observed: 2025-03-05 07:00:00)");
    assertThat(run("stg_shop__customers__freshness__error", NOW).message())
        .isEqualTo("[pass] freshness stg_shop__customers.exported_at: passes");
    assertThat(run("stg_shop__customers__freshness__error", Instant.parse("2025-03-05T09:00:01Z")).status())
        .isEqualTo(Status.FAIL);
    assertThat(run("stg_shop__customers__freshness__error", null).status()).as("the engine clock, years later")
        .isEqualTo(Status.FAIL);
  }

  @Test
  void atMostFiveSamplesAreReported() throws Exception {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("INSERT INTO raw.shop__customers SELECT i, 'c' || i || '@example.com', 'tin', TIMESTAMPTZ '2025-03-05 07:00:00+00',"
          + " TIMESTAMP '2025-03-05 07:06:00', 'b2', 'f', i FROM range(10, 17) AS r(i)");
      CheckResult r = run("stg_shop__customers__accepted_values__tier", NOW);
      assertThat(r.failing()).isEqualTo(8);
      assertThat(r.samples()).hasSize(CheckRunner.SAMPLES);
      assertThat(r.message()).matches("\\[error\\] accepted_values stg_shop__customers.tier: 8 of 10 rows fail \\(samples: .*\\)");
    } finally {
      db.rollback();
      db.setAutoCommit(true);
    }
  }
}
