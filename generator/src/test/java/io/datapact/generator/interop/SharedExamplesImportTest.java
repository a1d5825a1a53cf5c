package io.datapact.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.generator.verify.VerifyOptions;
import io.datapact.generator.verify.Verifier;
import io.datapact.generator.verify.report.CheckOutcome;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.interop.ContractImporter;
import io.datapact.interop.ContractWriter;
import io.datapact.interop.ImportResult;
import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public ODCS and DCS example imports, with the warnings and contracts in
 * {@code src/test/resources/interop/<format>/<file>/} byte for byte ({@code problems.txt} and one
 * {@code <domain>/<name>.yaml} per contract; rewrite with {@code -Dgolden.update=true} and review);
 * the contracts validate without a problem, generate SQL for DuckDB, and verify on synthetic data
 * with every check passing and every check proven able to fail.
 */
class SharedExamplesImportTest {
  private static final Path EXPECTED = Path.of("src/test/resources/interop");

  static Stream<String> examples() {
    Path dir = SharedExamples.dir().orElse(null);
    if (dir == null) {
      return Stream.of("(absent)");
    }
    return SharedExamples.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/'));
  }

  private static ImportResult importExample(String name) {
    Path dir = SharedExamples.dir().orElse(null);
    Assumptions.assumeTrue(dir != null, SharedExamples.ABSENT);
    return new ContractImporter().importFiles(dir, List.of(dir.resolve(name)), null, List.of());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void importsWithTheExpectedWarningsAndContracts(String name) throws IOException {
    ImportResult result = importExample(name);

    TreeMap<String, String> actual = new TreeMap<>();
    actual.put("problems.txt", result.problems().stream().map(Problem::toString)
        .collect(Collectors.joining("\n", "", "\n")));
    for (ImportResult.Imported i : result.contracts()) {
      actual.put(i.path(), ContractWriter.write(i.contract()));
    }
    Golden.assertFiles(EXPECTED.resolve(name), actual);
    assertThat(result.problems()).noneMatch(Problem::isError);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void importedContractsValidateGenerateAndVerify(String name, @TempDir Path tmp) throws Exception {
    ImportResult result = importExample(name);
    ValidationReport report = ContractImporter.validate(result);
    assertThat(report.problems()).isEmpty();
    List<Contract> contracts = report.contracts().stream().map(LoadedContract::contract).toList();
    if (contracts.isEmpty()) {
      // a file with an empty schema: nothing to generate, and the import says so
      assertThat(result.problems()).extracting(Problem::rule).contains("import-empty");
      return;
    }

    GeneratedFiles sql = new Generator(List.of(Dialects.byName("duckdb")), null).generate(contracts);
    for (Contract c : contracts) {
      assertThat(sql.files().keySet()).anyMatch(f -> f.startsWith("sql/duckdb/staging/") && f.contains(c.domain() + "__" + c.name()));
    }

    // full-example's tbl promises more than 1,000,000 rows, each referencing a distinct receiver:
    // verified at 200 rows, where exactly its volume check must fail
    boolean huge = name.endsWith("full-example.odcs.yaml");
    SyntheticOptions synthetic = SyntheticOptions.defaults().withDefaultRows(200).withVolumeBounds(!huge);
    VerifyReport verified = new Verifier().verify(contracts, new VerifyOptions(null, tmp.resolve("no-fixtures"),
        synthetic, Instant.parse("2026-01-15T12:00:00Z"), null));
    if (huge) {
      assertThat(verified.checks()).filteredOn(c -> c.status() == CheckOutcome.Status.FAIL)
          .extracting(CheckOutcome::check).containsOnly("fct_seller__tbl__volume");
      assertThat(verified.problems()).isEmpty();
      assertThat(verified.unstable()).isEmpty();
    } else {
      assertThat(verified.errors()).isEmpty();
    }
    assertThat(verified.objects()).extracting(VerifyReport.ObjectRows::rows).allMatch(n -> n > 0);
    assertThat(verified.mutations()).allMatch(VerifyReport.MutationOutcome::killed);
  }

  @Test
  void theExamplesAreFoundOrTheTestsSayWhyNot() {
    List<Path> files = SharedExamples.files();
    Assumptions.assumeTrue(!files.isEmpty(), SharedExamples.ABSENT);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("full-example.odcs.yaml", "orders-latest.datacontract.yaml");
  }

  /** Expected files of one example, compared as a set: missing, extra and differing files all fail. */
  static final class Golden {
    private Golden() {}

    static void assertFiles(Path dir, TreeMap<String, String> actual) throws IOException {
      if (Boolean.getBoolean("golden.update")) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> old = Files.walk(dir)) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
        for (var e : actual.entrySet()) {
          Path file = dir.resolve(e.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
      }
      assertThat(dir).as("expected files; run with -Dgolden.update=true to write them").isDirectory();
      TreeMap<String, String> expected = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          expected.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
      assertThat(actual.keySet()).as("files of " + dir).containsExactlyElementsOf(expected.keySet());
      List<String> differing = new ArrayList<>();
      for (String key : expected.keySet()) {
        if (!expected.get(key).equals(actual.get(key))) {
          differing.add(key + ":\n--- expected\n" + expected.get(key) + "+++ actual\n" + actual.get(key));
        }
      }
      assertThat(differing).as("differing expected files").isEmpty();
    }
  }
}
