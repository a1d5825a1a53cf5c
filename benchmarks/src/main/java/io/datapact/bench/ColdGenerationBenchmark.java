package io.datapact.bench;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.output.OutputWriter;
import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one {@code mvn} run sees when contracts changed: the first generation in a fresh JVM, with
 * no warmup, once per fork (like {@link ColdStartBenchmark} for validation).
 *
 * <ul>
 *   <li>{@link #firstGeneration(Loaded)}: {@code new Generator(duckdb, postgres).generate} over
 *       contracts loaded in setup. Loading runs the validator, so YAML and validation code is warm,
 *       but no generator or template code has run.</li>
 *   <li>{@link #firstGenerationAndWrite(Loaded)}: the same, plus {@link OutputWriter#write} into an
 *       empty folder.</li>
 *   <li>{@link #wholeGoal(OnDisk)}: what the generate goal does after its up-to-date check fails:
 *       build the validator, validate the contract files, generate, write into an empty folder.
 *       Setup only writes the contract files.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdGenerationBenchmark {
  /** Contracts loaded and validated in memory, and an empty output folder. */
  @State(Scope.Benchmark)
  public static class Loaded {
    @Param("1000")
    public int contracts;

    @Param("30")
    public int fields;

    @Param("42")
    public long seed;

    List<Contract> loaded;
    Path out;
    GeneratedFiles last;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      loaded = LoadedCatalog.load(SyntheticContracts.generate(contracts, fields, seed));
      out = Files.createTempDirectory("datapact-out");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try {
        if (last != null && !last.unsupported().isEmpty()) {
          throw new IllegalStateException("unsupported by a dialect: " + last.unsupported());
        }
      } finally {
        TempTrees.delete(out);
      }
    }
  }

  /** Contract files on disk, nothing loaded, and an empty output folder. */
  @State(Scope.Benchmark)
  public static class OnDisk {
    @Param("1000")
    public int contracts;

    @Param("30")
    public int fields;

    @Param("42")
    public long seed;

    Path projectDir;
    Path contractsDir;
    Path out;
    ValidationReport report;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      projectDir = Files.createTempDirectory("datapact-cold-goal");
      SyntheticContracts.writeTo(projectDir, SyntheticContracts.generate(contracts, fields, seed));
      contractsDir = projectDir.resolve("contracts");
      out = projectDir.resolve("out");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try {
        if (report != null) {
          ValidationBenchmark.requireValid("cold goal", report.problems());
          if (report.contracts().size() != contracts) {
            throw new IllegalStateException("loaded " + report.contracts().size() + " of " + contracts);
          }
        }
      } finally {
        TempTrees.delete(projectDir);
      }
    }
  }

  /** The first generation of the JVM, from loaded contracts. */
  @Benchmark
  public GeneratedFiles firstGeneration(Loaded state) {
    state.last = new Generator(LoadedCatalog.DIALECTS, null).generate(state.loaded);
    return state.last;
  }

  /** The first generation of the JVM, written into an empty folder. */
  @Benchmark
  public OutputWriter.Result firstGenerationAndWrite(Loaded state) throws IOException {
    state.last = new Generator(LoadedCatalog.DIALECTS, null).generate(state.loaded);
    return new OutputWriter(state.out).write(state.last.files());
  }

  /** Validate the files, generate, write: the generate goal when its inputs changed, minus Maven. */
  @Benchmark
  public OutputWriter.Result wholeGoal(OnDisk state) throws IOException {
    state.report = ContractValidator.standard().validateDirectory(state.projectDir, state.contractsDir);
    GeneratedFiles files = new Generator(LoadedCatalog.DIALECTS, null)
        .generate(state.report.contracts().stream().map(LoadedContract::contract).toList());
    return new OutputWriter(state.out).write(files.files());
  }
}
