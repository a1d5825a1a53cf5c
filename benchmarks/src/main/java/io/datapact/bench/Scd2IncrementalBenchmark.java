package io.datapact.bench;

import java.sql.SQLException;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * An incremental build of an SCD2 dimension against a full rebuild of the same state, on DuckDB
 * (in memory, in this JVM), with the SQL datapact generates. See {@link Scd2Fixture} for the data:
 * batch 1 has {@code rows} keys and is built in setup; batch 2 changes every
 * {@code changeEvery}-th key (1 % by default).
 *
 * <ul>
 *   <li>{@link #incremental()}: one build after batch 2 arrived, starting from the mart as batch 1
 *       left it: what a scheduled build does.</li>
 *   <li>{@link #fullRebuild()}: one build after dropping the mart and its processed batches, over
 *       the same raw rows: what the incremental build saves.</li>
 * </ul>
 *
 * <p>A build is the whole pipeline, {@code PipelineRunner.build}: setup, raw table, staging view and
 * the mart's script. Each iteration is one build (single shot); restoring the state before it is
 * not timed. After each build the mart is checked (rows, current rows, processed batches).
 * {@code deletes: ignore} has incremental batches; {@code deletes: close} makes every batch a full
 * snapshot, so batch 2 repeats all keys. {@link Scd2Profile} runs the same builds statement by
 * statement with {@code EXPLAIN ANALYZE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class Scd2IncrementalBenchmark {
  @Param({"ignore", "close"})
  public String deletes;

  @Param("5000000")
  public int rows;

  @Param("100")
  public int changeEvery;

  /** DuckDB's memory limit; threads stay at DuckDB's default, one per core. */
  @Param("8GB")
  public String memoryLimit;

  private Scd2Fixture fixture;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    fixture = new Scd2Fixture(deletes, rows, changeEvery, memoryLimit);
    fixture.prepare();
    System.out.printf(Locale.ROOT, "%nsetup: batch 1 inserted in %.1f s, built in %.1f s; batch 2 inserted in %.1f s"
        + " (%d raw rows in all)%n", fixture.batch1Insert, fixture.batch1Build, fixture.batch2Insert,
        fixture.count("SELECT count(*) FROM " + Scd2Fixture.RAW));
  }

  @Setup(Level.Iteration)
  public void reset(BenchmarkParams params) throws SQLException {
    if (params.getBenchmark().endsWith("fullRebuild")) {
      fixture.resetForFullRebuild();
    } else {
      fixture.resetForIncremental();
    }
  }

  @TearDown(Level.Iteration)
  public void check() throws SQLException {
    fixture.verify();
    System.out.println("  mart: [rows, current, rows of batch 2, processed batches] = "
        + Arrays.toString(fixture.counts()));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    fixture.close();
  }

  /** The build after batch 2, from the state batch 1 left. */
  @Benchmark
  @Measurement(iterations = 10)
  public void incremental() throws SQLException {
    fixture.build();
  }

  /** The build of batches 1 and 2 from scratch. */
  @Benchmark
  public void fullRebuild() throws SQLException {
    fixture.build();
  }
}
