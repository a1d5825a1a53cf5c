package io.datapact.bench;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.output.Fingerprint;
import io.datapact.generator.output.OutputWriter;
import io.datapact.generator.output.UpToDateCheck;
import io.datapact.yaml.YamlReader;
import java.io.File;
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
 * The up-to-date path of a rebuild with nothing changed: what the generate goal does before it
 * returns "generated files are up to date". One operation computes the fingerprint of the inputs
 * exactly as {@code GenerateMojo} does (settings, every contract file's path, length and bytes, the
 * template override folder) and calls {@link UpToDateCheck#upToDate}, which compares it with the
 * recorded one and checks that every file listed in the manifest of the last write still exists.
 *
 * <p>The project (contracts under {@code src/main/contracts}, outputs under
 * {@code target/generated-resources/datapact}, the recorded fingerprint under {@code target/datapact})
 * is prepared by a separate JVM ({@link #main}), so that nothing in the measured JVM has run the
 * fingerprint or the output code before; {@link #firstNoOpRebuild} uses that for a cold figure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 3)
public class NoOpRebuildBenchmark {
  /** Execution id, as in {@code target/datapact/generate-<execution>.sha256}. */
  static final String EXECUTION = "default";

  /** A project generated once, by another JVM. */
  @State(Scope.Benchmark)
  public static class Project {
    @Param("1000")
    public int contracts;

    @Param("30")
    public int fields;

    @Param("42")
    public long seed;

    Path dir;
    UpToDateCheck check;
    Boolean last;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
      dir = Files.createTempDirectory("datapact-noop");
      Process prepare = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), NoOpRebuildBenchmark.class.getName(),
          dir.toString(), String.valueOf(contracts), String.valueOf(fields), String.valueOf(seed))
          .inheritIO().start();
      if (prepare.waitFor() != 0) {
        throw new IllegalStateException("preparing " + dir + " failed with exit code " + prepare.exitValue());
      }
      check = new UpToDateCheck(fingerprintFile(dir), outputs(dir));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try {
        if (Boolean.FALSE.equals(last)) {
          throw new IllegalStateException("the project was not up to date");
        }
      } finally {
        TempTrees.delete(dir);
      }
    }
  }

  /** Fingerprint of the inputs plus the up-to-date check: the whole no-op path. */
  @Benchmark
  public boolean noOpRebuild(Project p) throws IOException {
    boolean upToDate = new UpToDateCheck(fingerprintFile(p.dir), outputs(p.dir)).upToDate(fingerprint(p.dir));
    if (!upToDate) {
      throw new IllegalStateException("not up to date");
    }
    return upToDate;
  }

  /** Only the fingerprint: reads and hashes every contract file. */
  @Benchmark
  public String fingerprintOnly(Project p) throws IOException {
    return fingerprint(p.dir);
  }

  /** Only the check against a known fingerprint: reads the manifest, checks every output exists. */
  @Benchmark
  public boolean upToDateOnly(Project p) throws IOException {
    return p.check.upToDate(Files.readString(fingerprintFile(p.dir)));
  }

  /** The no-op path once in a fresh JVM, as one {@code mvn} run with nothing changed sees it. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(value = 10, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public boolean firstNoOpRebuild(Project p) throws IOException {
    p.last = new UpToDateCheck(fingerprintFile(p.dir), outputs(p.dir)).upToDate(fingerprint(p.dir));
    return p.last;
  }

  static Path contractsDir(Path project) {
    return project.resolve("src/main/contracts");
  }

  static Path outputs(Path project) {
    return project.resolve("target/generated-resources/datapact");
  }

  static Path fingerprintFile(Path project) {
    return project.resolve("target/datapact/generate-" + EXECUTION + ".sha256");
  }

  /** The fingerprint {@code GenerateMojo} computes with default settings and dialects duckdb, postgres. */
  static String fingerprint(Path project) throws IOException {
    return new Fingerprint()
        // A snapshot plugin adds its jar's length and time; the values only have to be stable.
        .add("plugin", "0.1.0-SNAPSHOT 123456 1764028800000")
        .add("execution", EXECUTION)
        .add("dialects", LoadedCatalog.DIALECTS.toString())
        .add("maxFileBytes", String.valueOf(YamlReader.DEFAULT_MAX_BYTES))
        .add("failOnWarning", "false")
        .add("output", outputs(project).toFile().getAbsolutePath())
        .addTree("contracts", contractsDir(project))
        .addTree("templates", project.resolve("src/main/datapact/templates"))
        .hex();
  }

  /**
   * Prepares a project as a successful generate run leaves it: writes the catalog's contract files,
   * generates, writes the outputs, records the fingerprint.
   * {@code java -cp benchmarks.jar io.datapact.bench.NoOpRebuildBenchmark DIR [contracts] [fields] [seed]}
   */
  public static void main(String[] args) throws IOException {
    Path project = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int f = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    List<SyntheticContracts.ContractText> texts = SyntheticContracts.generate(n, f, seed);
    // The catalog's paths start with contracts/.
    SyntheticContracts.writeTo(project.resolve("src/main"), texts);
    GeneratedFiles files = new Generator(LoadedCatalog.DIALECTS, null).generate(LoadedCatalog.load(texts));
    OutputWriter.Result result = new OutputWriter(outputs(project)).write(files.files());
    UpToDateCheck check = new UpToDateCheck(fingerprintFile(project), outputs(project));
    String fingerprint = fingerprint(project);
    check.record(fingerprint);
    if (!check.upToDate(fingerprint)) {
      throw new IllegalStateException("the prepared project is not up to date");
    }
    long bytes;
    try (var walk = Files.walk(contractsDir(project))) {
      bytes = walk.filter(Files::isRegularFile).map(Path::toFile).mapToLong(File::length).sum();
    }
    System.out.println("prepared " + project + ": " + texts.size() + " contract files (" + bytes + " bytes), "
        + files.files().size() + " generated files (" + result + ")");
  }
}
