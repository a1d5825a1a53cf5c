package io.datapact.bench;

import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * End-to-end validation of a whole synthetic catalog (by default 1,000 contracts of 30 fields):
 * one operation is one complete batch, as one build would validate it.
 *
 * <ul>
 *   <li>{@link #fromFiles()}: {@link ContractValidator#validate(Path, List)} over files written once
 *       to a temporary directory (read, decode, YAML, schema, binding, every rule). The files
 *       stay in the page cache, so this measures the CPU cost, not the disk.</li>
 *   <li>{@link #fromText()}: the same texts already in memory, parsed with {@link YamlReader#parse}
 *       and validated with {@link ContractValidator#validateDocuments(List)} (YAML, schema,
 *       binding, every rule).</li>
 * </ul>
 *
 * <p>The validator is built once per trial, as a build would build it once. Setup checks that
 * the catalog is valid: a benchmark of the error path would be misleading. This is the
 * steady-state cost; {@link ColdStartBenchmark} measures a first validation in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 3)
public class ValidationBenchmark {
  @Param("1000")
  public int contracts;

  @Param("30")
  public int fields;

  @Param("42")
  public long seed;

  private ContractValidator validator;
  private YamlReader reader;
  private Path projectDir;
  private List<Path> files;
  private List<SyntheticContracts.ContractText> texts;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    validator = ContractValidator.standard();
    reader = new YamlReader();
    texts = SyntheticContracts.generate(contracts, fields, seed);
    projectDir = Files.createTempDirectory("datapact-bench");
    files = SyntheticContracts.writeTo(projectDir, texts);

    ValidationReport onDisk = fromFiles();
    requireValid("files", onDisk.problems());
    requireCount("files", onDisk.contracts().size());
    Problems parse = new Problems();
    List<SourceDocument> documents = parse(parse);
    requireValid("text parse", parse.sorted());
    ValidationReport inMemory = validator.validateDocuments(documents);
    requireValid("text", inMemory.problems());
    requireCount("text", inMemory.contracts().size());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    TempTrees.delete(projectDir);
  }

  /** Reads, parses and validates every file of the catalog. */
  @Benchmark
  public ValidationReport fromFiles() {
    return validator.validate(projectDir, files);
  }

  /** Parses and validates every contract text of the catalog, already in memory. */
  @Benchmark
  public ValidationReport fromText() {
    Problems problems = new Problems();
    return validator.validateDocuments(parse(problems));
  }

  private List<SourceDocument> parse(Problems problems) {
    List<SourceDocument> documents = new ArrayList<>(texts.size());
    for (SyntheticContracts.ContractText text : texts) {
      reader.parse(text.yaml(), text.path(), problems).ifPresent(documents::add);
    }
    return documents;
  }

  static void requireValid(String what, List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the synthetic catalog is not valid (" + what + "), "
          + problems.size() + " problems; the first ones:\n"
          + problems.stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n")));
    }
  }

  private void requireCount(String what, int loaded) {
    if (loaded != contracts) {
      throw new IllegalStateException(what + ": loaded " + loaded + " of " + contracts + " contracts");
    }
  }
}
