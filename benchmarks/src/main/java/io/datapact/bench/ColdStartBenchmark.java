package io.datapact.bench;

import io.datapact.validate.ContractValidator;
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
 * What a build sees: the first validation of the synthetic catalog in a fresh JVM, including
 * building the validator (loading the JSON Schema), with no warmup, once per fork.
 *
 * <p>{@link ValidationBenchmark} gives the steady-state cost; this one adds class loading,
 * interpretation and JIT compilation. Setup only writes the files, so that nothing warms the
 * validation code up; the catalog's validity is checked after the measured run instead, and
 * the run fails if there was any problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {
  @Param("1000")
  public int contracts;

  @Param("30")
  public int fields;

  @Param("42")
  public long seed;

  private Path projectDir;
  private List<Path> files;
  private ValidationReport last;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    projectDir = Files.createTempDirectory("datapact-cold");
    files = SyntheticContracts.writeTo(projectDir, SyntheticContracts.generate(contracts, fields, seed));
  }

  /** Builds a validator and validates every file, as the first goal of a build would. */
  @Benchmark
  public ValidationReport firstValidation() {
    last = ContractValidator.standard().validate(projectDir, files);
    return last;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      if (last != null) {
        ValidationBenchmark.requireValid("cold start", last.problems());
        if (last.contracts().size() != contracts) {
          throw new IllegalStateException("loaded " + last.contracts().size() + " of " + contracts + " contracts");
        }
      }
    } finally {
      TempTrees.delete(projectDir);
    }
  }
}
