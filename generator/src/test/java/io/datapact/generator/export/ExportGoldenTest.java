package io.datapact.generator.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dbt project and the ODCS files exported from the example contracts, byte for byte as under
 * {@code src/test/resources/export/} (rewrite with {@code -Dgolden.update=true}, then review the
 * diff), and the same bytes on a second run.
 */
class ExportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/export");

  @Test
  void dbtProjectOfTheExamples() throws IOException {
    List<Contract> contracts = TestContracts.examples();
    DbtExporter.Export export = new DbtExporter(Dialects.byName("duckdb"), "examples").export(contracts);

    assertThat(new DbtExporter(Dialects.byName("duckdb"), "examples").export(contracts).files())
        .isEqualTo(export.files());
    SortedMap<String, String> files = new TreeMap<>(export.files());
    files.put("dbt/NOT_EXPORTED.txt", String.join("\n", export.notExported()) + "\n");
    assertGolden(GOLDEN.resolve("dbt"), "dbt/", files);
  }

  @Test
  void odcsFilesOfTheExamples() throws IOException {
    SortedMap<String, String> files = OdcsExporter.export(TestContracts.examples());

    assertGolden(GOLDEN.resolve("odcs"), "odcs/", files);
  }

  @Test
  void jinjaDelimitersFromAContractStayText() {
    assertThat(DbtExporter.jinjaSafe("\"a{{b\"")).isEqualTo("\"a{{ '{' }}{{ '{' }}b\"");
    assertThat(DbtExporter.jinjaSafe("'^[0-9]{6,14}$'")).isEqualTo("'^[0-9]{6,14}$'");
  }

  private static void assertGolden(Path dir, String prefix, SortedMap<String, String> files) throws IOException {
    SortedMap<String, String> actual = new TreeMap<>();
    files.forEach((k, v) -> actual.put(k.substring(prefix.length()), v));
    if (Boolean.getBoolean("golden.update")) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> old = Files.walk(dir)) {
          for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
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
    SortedMap<String, String> expected = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        expected.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    List<String> differing = new ArrayList<>();
    expected.forEach((k, v) -> {
      if (!v.equals(actual.get(k))) {
        differing.add(k);
      }
    });
    assertThat(differing).as("files that differ from " + dir).isEmpty();
  }
}
