package io.datapact.bench;

import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.generator.verify.VerifyOptions;
import io.datapact.generator.verify.Verifier;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code datapact:verify} on the example contracts, end to end, as the verify goal runs it after
 * validation: synthetic data for two batches ({@code rows} in the fact, 1,000 in every other
 * contract), loads through the DuckDB appender, two incremental builds, the checks after each,
 * the no-op build, and the mutation proof of every check, in an in-memory DuckDB. Each operation
 * is one whole verification; the time of each step is printed per operation
 * ({@code # cpu ...; steps ...} lines), because which step grows with the data is the question,
 * with the CPU time of the process and the load average, since other work on a shared machine
 * inflates the wall-clock time.
 *
 * <p>Run from the repository root: the contracts are read from {@code example-contracts}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class VerifyBenchmark {
  /** The example contracts, validated once per trial. */
  @State(Scope.Benchmark)
  public static class Examples {
    /** Synthetic rows of the fact per verification. */
    @Param({"100000", "1000000", "5000000"})
    public int rows;

    /** The contract that gets {@link #rows}. */
    @Param("benefits.claims")
    public String fact;

    /** The contracts folder, relative to the working directory. */
    @Param("example-contracts/src/main/contracts")
    public String contracts;

    List<Contract> loaded;
    VerifyOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path dir = Path.of(contracts).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(dir + " is no folder; run the benchmark from the repository root");
      }
      ValidationReport report = ContractValidator.standard().validateDirectory(dir, dir);
      ValidationBenchmark.requireValid("validate", report.problems());
      loaded = report.contracts().stream().map(LoadedContract::contract).toList();
      if (loaded.stream().noneMatch(c -> c.id().equals(fact))) {
        throw new IllegalStateException("no contract " + fact + " in " + dir);
      }
      options = new VerifyOptions(null, null, SyntheticOptions.defaults().withRows(fact, rows),
          SyntheticOptions.DEFAULT_NOW, null);
    }
  }

  @Benchmark
  public VerifyReport verify(Examples examples) throws SQLException, IOException {
    long cpu = processCpuNanos();
    VerifyReport report = new Verifier().verify(examples.loaded, examples.options);
    cpu = processCpuNanos() - cpu;
    if (!report.errors().isEmpty()) {
      throw new IllegalStateException("verify failed: " + report.errors());
    }
    // CPU time of the whole process (JVM and DuckDB's threads): what other load on the machine does not inflate.
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "# cpu %d ms, load %.1f; steps", cpu / 1_000_000,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    for (VerifyReport.Step step : report.steps()) {
      line.append(String.format(Locale.ROOT, " | %s %d ms", step.name(), step.millis()));
    }
    System.out.println(line);
    return report;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
