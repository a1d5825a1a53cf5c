package io.datapact.generator.verify;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.checks.CheckKind;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.CheckResult;
import io.datapact.generator.checks.CheckRunner;
import io.datapact.generator.checks.CheckSql;
import io.datapact.generator.checks.MutationProver;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import io.datapact.generator.verify.report.CheckOutcome;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.model.Contract;
import io.datapact.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBDriver;

/**
 * Runs the whole generated pipeline in an embedded DuckDB and proves it: load a batch, build, run
 * every check; repeat per batch; build once more with no new data and require that nothing
 * changed; then make, for each check, the smallest data change that violates it and require that
 * the check fails.
 *
 * <pre>{@code
 * VerifyReport report = new Verifier().verify(contracts, options);
 * report.errors().forEach(System.out::println);
 * }</pre>
 */
public final class Verifier {
  private static final Set<String> BUILT = Set.of("raw", "staging", "dimension", "fact", "alias");
  private static final Set<String> VIEWS = Set.of("staging", "alias");

  private final Dialect duckdb = Dialects.byName("duckdb");

  /** Verifies the contracts, which must have passed validation. */
  public VerifyReport verify(List<Contract> contracts, VerifyOptions options) throws SQLException, IOException {
    Run run = new Run(contracts, options);
    String url = options.database() == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + options.database().toAbsolutePath();
    if (options.database() != null) {
      Files.deleteIfExists(options.database());
    }
    // The driver is called directly: DriverManager does not see drivers of a Maven plugin's class realm.
    try (Connection connection = new DuckDBDriver().connect(url, new Properties())) {
      return run.execute(connection);
    }
  }

  /**
   * When batch {@code i} of {@code count} is loaded: an hour apart, the last an hour before now,
   * but all on now's UTC day (closer together after midnight), so the daily change check compares
   * no half-loaded days.
   */
  static Instant loadedAt(Instant now, int count, int i) {
    Instant midnight = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    Duration step = Duration.ofHours(1);
    Duration sinceMidnight = Duration.between(midnight, now);
    if (sinceMidnight.compareTo(step.multipliedBy(count + 1L)) < 0) {
      step = sinceMidnight.dividedBy(count + 1L);
    }
    return now.minus(step.multipliedBy(count - i));
  }

  /** The state of one verification. */
  private final class Run {
    private final VerifyOptions options;
    private final PipelineCatalog catalog;
    private final GeneratedFiles files;
    private final List<PlannedCheck> planned;
    private final CheckSql sql;
    private final List<String> notes = new ArrayList<>();
    private List<PlannedCheck> checks;
    private List<CheckResult> lastRound = List.of();
    private final List<VerifyReport.Step> steps = new ArrayList<>();
    private final List<CheckOutcome> outcomes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Run(List<Contract> contracts, VerifyOptions options) {
      this.options = options;
      this.catalog = new PipelineCatalog(contracts);
      this.files = new Generator(List.of(duckdb), options.templateOverrides()).generate(contracts);
      this.planned = CheckPlanner.plan(catalog);
      this.checks = planned;
      this.sql = new CheckSql(duckdb, new Templates(duckdb, options.templateOverrides()), catalog);
    }

    VerifyReport execute(Connection connection) throws SQLException, IOException {
      List<Integer> fixtureBatches = options.fixtures() == null || !Files.isDirectory(options.fixtures())
          ? List.of() : FixtureLoader.batches(options.fixtures());
      boolean fixtures = !fixtureBatches.isEmpty();
      if (fixtures) {
        checks = onFixtures(new FixtureLoader(connection, catalog.contracts()).covered(options.fixtures()));
      }
      List<Integer> batches = fixtures ? fixtureBatches : List.of(1, 2);
      SyntheticData data = fixtures ? null : timed("generate synthetic data",
          () -> SyntheticData.generate(catalog.contracts(), options.synthetic().withNow(options.now())));
      PipelineRunner pipeline = new PipelineRunner(files, duckdb.name());
      timed("create raw tables", () -> {
        pipeline.prepare(connection);
        return null;
      });
      for (int i = 0; i < batches.size(); i++) {
        int n = batches.get(i);
        Instant loadedAt = loadedAt(options.now(), batches.size(), i);
        timed("load batch-" + n, () -> load(connection, data, n, loadedAt));
        timed("build after batch-" + n, () -> build(pipeline, connection));
        timed("checks after batch-" + n, () -> check(connection, "batch-" + n));
      }
      Map<String, String> before = fingerprints(connection);
      timed("build with no new data", () -> build(pipeline, connection));
      Map<String, String> after = fingerprints(connection);
      List<String> unstable = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
      if (files.pipeline().nodes().stream().anyMatch(n -> n.kind().equals("masked_view"))) {
        timed("masked views hold no raw PII", () -> auditMaskedViews(connection));
      }
      // The last round's results are the mutations' baselines, unless the no-op build changed data.
      List<CheckResult> baselines = unstable.isEmpty() ? lastRound : null;
      List<VerifyReport.MutationOutcome> mutations = timed("prove every check can fail", () -> prove(connection, baselines));
      String source = fixtures ? "fixtures in " + options.fixtures().getFileName()
          : "synthetic data (seed " + options.synthetic().seed() + ")";
      return new VerifyReport(source, steps, objectRows(connection), outcomes, mutations, unstable, problems, notes);
    }

    /**
     * The checks that fixtures can answer: those of contracts with a fixture folder (the others stay
     * empty, and are named in a note), with volume and daily change bounds, which describe
     * production loads rather than a sample, downgraded to warnings.
     */
    private List<PlannedCheck> onFixtures(List<Contract> covered) {
      List<String> uncovered = catalog.contracts().stream().filter(c -> !covered.contains(c))
          .map(c -> c.id() + " " + c.version()).toList();
      if (!uncovered.isEmpty()) {
        notes.add("no fixtures for " + String.join(", ", uncovered) + ": their objects stay empty and their checks"
            + " are not run");
      }
      List<PlannedCheck> out = new ArrayList<>();
      boolean reported = false;
      for (PlannedCheck c : planned) {
        if (!covered.contains(CheckPlanner.contractOf(catalog, c))) {
          continue;
        }
        boolean bounds = c.kind() == CheckKind.VOLUME || c.kind() == CheckKind.DAILY_CHANGE;
        reported |= bounds && c.severity() == Severity.ERROR;
        out.add(bounds ? new PlannedCheck(c.name(), c.kind(), c.contract(), c.target(), c.columns(), c.params(),
            Severity.WARN, c.tolerance(), c.sampleColumns()) : c);
      }
      if (reported) {
        notes.add("volume and daily change bounds describe production loads, not a fixture sample: on fixtures"
            + " they are reported as warnings, not enforced");
      }
      return out;
    }

    private Void load(Connection connection, SyntheticData data, int n, Instant loadedAt)
        throws SQLException, IOException {
      if (data == null) {
        FixtureLoad load = new FixtureLoader(connection, catalog.contracts()).load(options.fixtures(), n, loadedAt);
        load.errors().forEach(e -> problems.add(e.toString()));
        return null;
      }
      RawLoader loader = new RawLoader(connection, duckdb);
      for (Contract c : catalog.contracts()) {
        loader.load(data.batch(c, n), catalog.names(c).raw(), loadedAt);
      }
      return null;
    }

    private Void auditMaskedViews(Connection connection) throws SQLException {
      MaskedViewAudit audit = new MaskedViewAudit(duckdb, catalog);
      audit.storeSalt(connection, options.salt());
      problems.addAll(audit.audit(connection, files.pipeline().nodes()));
      return null;
    }

    private Void build(PipelineRunner pipeline, Connection connection) throws SQLException {
      pipeline.build(connection);
      return null;
    }

    private Void check(Connection connection, String round) throws SQLException {
      CheckRunner runner = new CheckRunner(sql, options.now());
      lastRound = new ArrayList<>();
      for (PlannedCheck check : checks) {
        long start = System.nanoTime();
        CheckResult r = runner.run(connection, check);
        lastRound.add(r);
        long millis = (System.nanoTime() - start) / 1_000_000;
        CheckOutcome.Status status = switch (r.status()) {
          case PASS -> CheckOutcome.Status.PASS;
          case WARN -> CheckOutcome.Status.WARN;
          case FAIL -> CheckOutcome.Status.FAIL;
        };
        outcomes.add(new CheckOutcome(round, check.name(), check.kind().wire(), check.target().toString(), status,
            r.failing(), r.checked(), r.samples(), r.message(), millis));
      }
      return null;
    }

    private List<VerifyReport.MutationOutcome> prove(Connection connection, List<CheckResult> baselines)
        throws SQLException {
      MutationProver prover = new MutationProver(sql, catalog, options.now());
      return (baselines == null ? prover.outcomes(connection, checks) : prover.outcomes(connection, checks, baselines))
          .stream()
          .map(o -> new VerifyReport.MutationOutcome(o.check().name(), o.mutation(), o.killed())).toList();
    }

    /** A count and an order-independent hash of every row of every built object. */
    /**
     * A digest of every table the build writes. Views (staging, aliases) are left out: their rows
     * follow from the tables and their SQL, which a build does not change, and hashing one means
     * computing it (the de-duplication of all raw rows) twice per verification.
     */
    private Map<String, String> fingerprints(Connection connection) throws SQLException {
      Map<String, String> out = new LinkedHashMap<>();
      for (PipelineNode node : built()) {
        if (VIEWS.contains(node.kind())) {
          continue;
        }
        out.put(node.name(), scalar(connection, "SELECT CAST(count(*) AS VARCHAR) || ':' || CAST(coalesce(sum(hash(t)), 0) AS VARCHAR) FROM "
            + qualified(node.name()) + " AS t"));
      }
      return out;
    }

    private List<VerifyReport.ObjectRows> objectRows(Connection connection) throws SQLException {
      List<VerifyReport.ObjectRows> out = new ArrayList<>();
      for (PipelineNode node : built()) {
        out.add(new VerifyReport.ObjectRows(node.name(), node.kind(),
            Long.parseLong(scalar(connection, "SELECT count(*) FROM " + qualified(node.name())))));
      }
      return out;
    }

    private List<PipelineNode> built() {
      return files.pipeline().nodes().stream().filter(n -> BUILT.contains(n.kind())).toList();
    }

    private String qualified(String name) {
      int dot = name.indexOf('.');
      return duckdb.qualified(name.substring(0, dot), name.substring(dot + 1));
    }

    private String scalar(Connection connection, String query) throws SQLException {
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
        rs.next();
        return rs.getString(1);
      }
    }

    private <T> T timed(String name, Step<T> step) throws SQLException, IOException {
      long start = System.nanoTime();
      T result = step.run();
      steps.add(new VerifyReport.Step(name, (System.nanoTime() - start) / 1_000_000));
      return result;
    }
  }

  /** A step that may fail with SQL or I/O errors. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws SQLException, IOException;
  }
}
