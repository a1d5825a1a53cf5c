package io.datapact.bench;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.CheckRunner;
import io.datapact.generator.checks.CheckSql;
import io.datapact.generator.checks.MutationProver;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.run.SqlScript;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import io.datapact.generator.verify.RawLoader;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * Where {@link VerifyBenchmark}'s time goes, statement by statement: the verification's steps done
 * by hand on the example contracts, timing each raw load, each SQL statement of each build, each
 * check and each mutation proof, then printing the slowest of each. Not a benchmark (one run, no
 * warmup): a profile to find what to fix.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.datapact.bench.VerifyProfile 1000000 benefits.claims}</pre>
 *
 * <p>{@code -Ddb=<file>} keeps the database in that file for a look afterwards; {@code -Dexplain=<text>|<text>} prints {@code EXPLAIN ANALYZE} of the build statements containing the text.
 */
public final class VerifyProfile {
  private static final Dialect DUCKDB = Dialects.byName("duckdb");
  private static final Instant NOW = SyntheticOptions.DEFAULT_NOW;

  private record Timed(String what, long millis) {}

  private VerifyProfile() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String fact = args.length > 1 ? args[1] : "benefits.claims";
    Path dir = Path.of("example-contracts/src/main/contracts").toAbsolutePath();
    List<Contract> contracts = ContractValidator.standard().validateDirectory(dir, dir).contracts().stream()
        .map(LoadedContract::contract).toList();
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    GeneratedFiles files = new Generator(List.of(DUCKDB), null).generate(contracts);
    List<PlannedCheck> checks = CheckPlanner.plan(catalog);
    CheckSql sql = new CheckSql(DUCKDB, new Templates(DUCKDB, null), catalog);
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withRows(fact, rows).withNow(NOW));
    try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + System.getProperty("db", ""), new Properties())) {
      new PipelineRunner(files, "duckdb").prepare(c);
      for (int batch = 1; batch <= 2; batch++) {
        List<Timed> loads = new ArrayList<>();
        for (Contract contract : catalog.contracts()) {
          long start = System.nanoTime();
          new RawLoader(c, DUCKDB).load(data.batch(contract, batch), catalog.names(contract).raw(), NOW.minusSeconds(7200 / batch));
          loads.add(new Timed(contract.id() + " " + contract.version(), millis(start)));
        }
        print("load batch-" + batch, loads, 5);
        print("build after batch-" + batch, build(c, files), 12);
        List<Timed> runs = new ArrayList<>();
        CheckRunner runner = new CheckRunner(sql, NOW);
        for (PlannedCheck check : checks) {
          long start = System.nanoTime();
          runner.run(c, check);
          runs.add(new Timed(check.name(), millis(start)));
        }
        print("checks after batch-" + batch, runs, 10);
      }
      print("build with no new data", build(c, files), 8);
      List<Timed> proofs = new ArrayList<>();
      MutationProver prover = new MutationProver(sql, catalog, NOW);
      for (PlannedCheck check : checks) {
        long start = System.nanoTime();
        prover.outcome(c, check);
        proofs.add(new Timed(check.name(), millis(start)));
      }
      print("prove every check can fail", proofs, 15);
    }
  }

  /** Every statement of every built object, timed. */
  private static List<Timed> build(Connection c, GeneratedFiles files) throws Exception {
    List<Timed> out = new ArrayList<>();
    for (PipelineNode node : files.pipeline().nodes()) {
      String file = node.files().get("duckdb");
      if (file == null || node.kind().equals(PipelineRunner.TEST)) {
        continue;
      }
      List<String> statements = SqlScript.split(files.files().get(file));
      for (int i = 0; i < statements.size(); i++) {
        long start = System.nanoTime();
        String explain = System.getProperty("explain");
        try (Statement s = c.createStatement()) {
          if (explain != null && java.util.Arrays.stream(explain.split("\\|")).anyMatch(statements.get(i)::contains)) {
            try (java.sql.ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + statements.get(i))) {
              while (rs.next()) {
                System.out.println(rs.getString(2));
              }
            }
          } else {
            s.execute(statements.get(i));
          }
        }
        String first = statements.get(i).lines().filter(l -> !l.startsWith("--") && !l.isBlank()).findFirst().orElse("");
        out.add(new Timed(node.name() + " #" + (i + 1) + " " + first.substring(0, Math.min(60, first.length())),
            millis(start)));
      }
    }
    return out;
  }

  private static void print(String step, List<Timed> times, int top) {
    long total = times.stream().mapToLong(Timed::millis).sum();
    System.out.printf(Locale.ROOT, "%s: %d ms%n", step, total);
    times.stream().sorted(Comparator.comparingLong(Timed::millis).reversed()).limit(top)
        .forEach(t -> System.out.printf(Locale.ROOT, "  %8d ms  %s%n", t.millis(), t.what()));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
