package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources for every example contract compile without a warning, and are the same on every run. */
class JavaGeneratorCompileTest {
  static final String PKG = "io.example.contracts";

  @Test
  void everyExampleCompilesWithoutWarnings(@TempDir Path dir) throws Exception {
    List<Contract> contracts = TestContracts.examples();
    SortedMap<String, String> sources = generate(contracts);
    assertThat(sources).containsKeys("io/example/contracts/benefits/Claims.java",
        "io/example/contracts/benefits/ClaimsDuckDbLoader.java", "io/example/contracts/benefits/ClaimsPostgresLoader.java",
        "io/example/contracts/benefits/ClaimsJdbcLoader.java", "io/example/contracts/benefits/PlansV1.java",
        "io/example/contracts/benefits/PlansV2.java", "io/example/contracts/LoadResult.java");
    try (Compiled compiled = Compiled.of(sources, dir)) {
      assertThat(compiled.type(PKG + ".petcare.ActivityEvents").isRecord()).isTrue();
    }
    assertThat(generate(contracts)).as("a second run").isEqualTo(sources);
    assertThat(String.join("\n", sources.values())).doesNotContain("date =");
  }

  static SortedMap<String, String> generate(List<Contract> contracts) {
    return new JavaGenerator(List.of(Dialects.byName("duckdb"), Dialects.byName("postgres")), PKG).generate(contracts);
  }
}
