package io.datapact.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.datapact.model.Contract;
import io.datapact.model.Severity;
import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and validates contract files: YAML, then the JSON Schema, then every semantic rule.
 *
 * <pre>{@code
 * ValidationReport report = ContractValidator.standard()
 *     .validateDirectory(projectDir, projectDir.resolve("src/main/contracts"));
 * report.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>All problems of all files are collected before returning; nothing throws for bad input.
 * Files are read and rules run in parallel; the report is sorted, so it is the same on every run.
 * Thread-safe: one instance can serve parallel builds.
 */
public final class ContractValidator {
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final YamlReader reader;
  private final SchemaCheck schema;
  private final List<Rule> rules;

  /** A validator with the given reader and rules. */
  public ContractValidator(YamlReader reader, List<Rule> rules) {
    this.reader = reader;
    this.schema = new SchemaCheck();
    this.rules = List.copyOf(rules);
  }

  /** The default reader and every standard rule. */
  public static ContractValidator standard() {
    return new ContractValidator(new YamlReader(), Rules.standard());
  }

  /** Validates every {@code *.yaml} and {@code *.yml} file below {@code contractsDir}. */
  public ValidationReport validateDirectory(Path projectDir, Path contractsDir) {
    if (!Files.isDirectory(contractsDir)) {
      Problem missing = new Problem("contracts-directory-missing", Severity.ERROR,
          display(projectDir, contractsDir), Position.START, "", "contracts directory does not exist",
          "create it or set datapact.contractsDirectory");
      return new ValidationReport(0, List.of(), List.of(missing));
    }
    List<Path> files = contractFiles(contractsDir);
    if (files.isEmpty()) {
      Problem empty = new Problem("contracts-directory-empty", Severity.WARN, display(projectDir, contractsDir),
          Position.START, "", "no *.yaml or *.yml contract files found", "add contracts or set datapact.contractsDirectory");
      return new ValidationReport(0, List.of(), List.of(empty));
    }
    return validate(projectDir, files);
  }

  /** The contract files below a directory, sorted by path so that runs are reproducible. */
  public static List<Path> contractFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Validates the given files; messages name them relative to {@code projectDir}. */
  public ValidationReport validate(Path projectDir, List<Path> files) {
    // Files are independent until the cross-contract rules: read them in parallel, keep file order.
    List<FileResult> results = files.parallelStream().map(file -> {
      Problems problems = new Problems();
      Optional<LoadedContract> contract = reader.read(file, display(projectDir, file), problems)
          .flatMap(doc -> load(doc, problems));
      return new FileResult(contract, problems);
    }).toList();
    return check(files.size(), results);
  }

  /** Validates documents already parsed (used by importers and tests). */
  public ValidationReport validateDocuments(List<SourceDocument> documents) {
    List<FileResult> results = documents.parallelStream().map(doc -> {
      Problems problems = new Problems();
      return new FileResult(load(doc, problems), problems);
    }).toList();
    return check(documents.size(), results);
  }

  /** What reading one file gave: its contract, if it passed the schema, and its problems. */
  private record FileResult(Optional<LoadedContract> contract, Problems problems) {}

  private ValidationReport check(int files, List<FileResult> results) {
    List<LoadedContract> loaded = results.stream().flatMap(r -> r.contract().stream()).toList();
    Catalog catalog = new Catalog(loaded);
    List<Problems> semantic = loaded.parallelStream().map(contract -> {
      Problems problems = new Problems();
      for (Rule rule : rules) {
        Reporter report = new Reporter(rule, contract.source(), problems);
        try {
          rule.check(contract, catalog, report);
        } catch (RuntimeException e) {
          // A rule bug must not hide the other problems or crash the build.
          report.at("", "rule failed internally: " + e, "please report this as a datapact bug");
        }
      }
      return problems;
    }).toList();
    Problems all = new Problems();
    results.forEach(r -> r.problems().sorted().forEach(all::add));
    semantic.forEach(p -> p.sorted().forEach(all::add));
    return new ValidationReport(files, loaded, all.sorted());
  }

  private Optional<LoadedContract> load(SourceDocument doc, Problems problems) {
    if (!schema.check(doc, problems)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LoadedContract(BINDER.treeToValue(doc.root(), Contract.class), doc));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(new Problem("contract-unreadable", Severity.ERROR, doc.file(), Position.START, "",
          "cannot read contract: " + e.getMessage(), "please report this as a datapact bug"));
      return Optional.empty();
    }
  }

  private static String display(Path projectDir, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = projectDir.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
