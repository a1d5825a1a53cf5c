package io.datapact.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the SQL generated for the example project compared byte for byte with the files
 * under {@code src/test/resources/golden/}, at the same relative paths as the generated output.
 *
 * <p>Covered contracts, in both dialects: {@code benefits.companies} (SCD1),
 * {@code benefits.employees} (SCD2 with closed deletions), {@code petcare.vet_clinics} (SCD3),
 * {@code benefits.claims} (a fact with dimension lookups) and {@code benefits.plans} (two majors
 * side by side with the alias on the latest), plus each dialect's {@code setup.sql} and
 * {@code pipeline.json}. The other example contracts are covered by the end-to-end scenario
 * tests ({@code Scenario*}), which run the SQL on the engines rather than freezing its text.
 *
 * <p>After an intended change of the output, review the diff and rewrite the files with
 * {@code ./mvnw -B -q test -pl generator -am -Dtest=GeneratorGoldenTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; stale golden files are deleted.
 */
class GeneratorGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Set<String> CONTRACTS = Set.of("benefits.companies", "benefits.employees",
      "petcare.vet_clinics", "benefits.claims", "benefits.plans");

  private static List<Contract> contracts;
  private static GeneratedFiles generated;

  @BeforeAll
  static void generate() {
    contracts = TestContracts.examples();
    generated = generator().generate(contracts);
  }

  private static Generator generator() {
    return new Generator(Dialects.names().stream().map(Dialects::byName).toList(), null);
  }

  private static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** The generated files under golden control; data checks have their own golden test ({@code CheckTemplatesGoldenTest}). */
  static SortedMap<String, String> covered() {
    SortedMap<String, String> out = new TreeMap<>();
    for (PipelineNode node : generated.pipeline().nodes()) {
      boolean test = node.kind().equals(PipelineRunner.TEST);
      if (!test && (node.contract() == null || CONTRACTS.contains(node.contract()))) {
        node.files().values().forEach(f -> out.put(f, generated.files().get(f)));
      }
    }
    out.put("pipeline.json", generated.files().get("pipeline.json"));
    return out;
  }

  static Stream<String> coveredPaths() {
    if (generated == null) {
      generate();
    }
    return covered().keySet().stream();
  }

  @Test
  void coversTheChosenContractsInBothDialects() {
    assertThat(covered().keySet()).contains(
        "pipeline.json",
        "sql/duckdb/setup.sql",
        "sql/postgres/setup.sql",
        "sql/duckdb/marts/dim_benefits__companies.sql",
        "sql/postgres/marts/dim_benefits__employees.sql",
        "sql/duckdb/marts/dim_petcare__vet_clinics.sql",
        "sql/postgres/marts/fct_benefits__claims.sql",
        "sql/duckdb/marts/dim_benefits__plans_v1.sql",
        "sql/duckdb/marts/dim_benefits__plans_v2.sql",
        "sql/postgres/marts/dim_benefits__plans.sql",
        "sql/postgres/staging/stg_benefits__plans_v1.sql");
    // Five contracts, six versions: raw, staging and mart each, one alias, setup; per dialect.
    assertThat(covered().keySet().stream().filter(p -> !p.contains("/security/"))).hasSize(2 * (6 * 3 + 1 + 1) + 1);
    // Security in three dialects: masked views (DuckDB, PostgreSQL), policies and grants (PostgreSQL, Snowflake).
    assertThat(covered().keySet()).contains(
        "sql/duckdb/security/setup.sql",
        "sql/duckdb/security/for_analyst/benefits__employees.sql",
        "sql/duckdb/security/for_account_manager/benefits__companies.sql",
        "sql/postgres/security/setup.sql",
        "sql/postgres/security/for_analyst/benefits__claims.sql",
        "sql/postgres/security/policies/benefits__employees.sql",
        "sql/postgres/security/grants/benefits__companies.sql",
        "sql/snowflake/security/setup.sql",
        "sql/snowflake/security/policies/benefits__employees.sql",
        "sql/snowflake/security/grants/benefits__claims.sql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coveredPaths")
  void matchesTheGoldenFile(String path) throws IOException {
    byte[] actual = generated.files().get(path).getBytes(StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(path);
    if (updating()) {
      Files.createDirectories(golden.getParent() == null ? GOLDEN : golden.getParent());
      Files.write(golden, actual);
    }
    assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", path).isRegularFile();
    if (!java.util.Arrays.equals(Files.readAllBytes(golden), actual)) {
      // Compare as text first for a readable diff, then insist on the bytes.
      assertThat(new String(actual, StandardCharsets.UTF_8)).as(path)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      assertThat(actual).as(path).isEqualTo(Files.readAllBytes(golden));
    }
  }

  @Test
  void noStaleGoldenFiles() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    if (Files.isDirectory(GOLDEN)) {
      try (Stream<Path> walk = Files.walk(GOLDEN)) {
        walk.filter(Files::isRegularFile).forEach(p -> onDisk.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
      }
    }
    if (updating()) {
      for (String stale : onDisk) {
        if (!covered().containsKey(stale)) {
          Files.delete(GOLDEN.resolve(stale));
        }
      }
      onDisk.retainAll(covered().keySet());
    }
    assertThat(onDisk).as("golden files without a generated counterpart").isSubsetOf(covered().keySet());
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    assertThat(generator().generate(contracts).files()).isEqualTo(generated.files());
    assertThat(generator().generate(contracts).files()).isEqualTo(generator().generate(contracts).files());
  }

  @Test
  void theOrderOfTheContractsDoesNotMatter() {
    List<Contract> reversed = new ArrayList<>(contracts);
    Collections.reverse(reversed);
    assertThat(generator().generate(reversed).files()).isEqualTo(generated.files());

    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<Contract> shuffled = new ArrayList<>(contracts);
      Collections.shuffle(shuffled, random);
      assertThat(generator().generate(shuffled).files()).as("shuffle %d", i).isEqualTo(generated.files());
    }
  }
}
