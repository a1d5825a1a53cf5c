package io.datapact.bench;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.output.OutputWriter;
import io.datapact.model.Contract;
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
 * SQL generation for the synthetic catalog (by default 1,000 contracts of 30 fields) for DuckDB and
 * PostgreSQL, in a warm JVM; one operation is the whole catalog.
 *
 * <ul>
 *   <li>{@link #generate()}: {@code new Generator(duckdb, postgres).generate(contracts)} over
 *       contracts that are already loaded and valid (no YAML, no validation), all in memory.</li>
 *   <li>{@link #writeFirst(EmptyFolder)}: {@link OutputWriter#write} of those files into an empty
 *       folder, one write per iteration (single shot, a new folder each time). The files go to
 *       {@code java.io.tmpdir}; add {@code -jvmArgsAppend -Djava.io.tmpdir=/dev/shm} to write to
 *       memory instead of a disk.</li>
 *   <li>{@link #rewriteIdentical()}: the same write over a folder that already holds identical
 *       files: every file is read back and compared, nothing is written.</li>
 * </ul>
 *
 * <p>{@link ColdGenerationBenchmark} measures the first generation in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 3)
public class GenerationBenchmark {
  @Param("1000")
  public int contracts;

  @Param("30")
  public int fields;

  @Param("42")
  public long seed;

  private List<Contract> loaded;
  private GeneratedFiles files;
  private Path written;

  /**
   * An empty output folder per iteration, for the first write. The folders are deleted only at the
   * end of the trial: on ext4 with online discard, deleting 5,700 files just before a write made
   * that write several times slower.
   */
  @State(Scope.Thread)
  public static class EmptyFolder {
    Path parent;
    Path root;

    @Setup(Level.Trial)
    public void createParent() throws IOException {
      parent = Files.createTempDirectory("datapact-out");
    }

    @Setup(Level.Iteration)
    public void create() throws IOException {
      root = Files.createTempDirectory(parent, "iteration");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      TempTrees.delete(parent);
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    loaded = LoadedCatalog.load(SyntheticContracts.generate(contracts, fields, seed));
    files = generate();
    if (!files.unsupported().isEmpty()) {
      throw new IllegalStateException("unsupported by a dialect: " + files.unsupported());
    }
    written = Files.createTempDirectory("datapact-out");
    OutputWriter.Result first = new OutputWriter(written).write(files.files());
    if (first.written() != files.files().size()) {
      throw new IllegalStateException("first write: " + first);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    TempTrees.delete(written);
  }

  /** Generates every file for both dialects from loaded contracts, as the generate goal does after validation. */
  @Benchmark
  public GeneratedFiles generate() {
    return new Generator(LoadedCatalog.DIALECTS, null).generate(loaded);
  }

  /** Writes every generated file into an empty folder. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 5)
  @Measurement(iterations = 20)
  public OutputWriter.Result writeFirst(EmptyFolder folder) throws IOException {
    OutputWriter.Result result = new OutputWriter(folder.root).write(files.files());
    if (result.written() != files.files().size()) {
      throw new IllegalStateException("first write: " + result);
    }
    return result;
  }

  /** Writes the same files again over identical ones: reads and compares each, writes none. */
  @Benchmark
  public OutputWriter.Result rewriteIdentical() throws IOException {
    OutputWriter.Result result = new OutputWriter(written).write(files.files());
    if (result.written() != 0 || result.deleted() != 0) {
      throw new IllegalStateException("identical rewrite: " + result);
    }
    return result;
  }
}
