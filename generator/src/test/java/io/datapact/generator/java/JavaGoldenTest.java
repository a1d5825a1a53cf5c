package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the Java generated for {@code benefits.claims} (decimals, enums, patterns, personal
 * data, source names), {@code petcare.activity_events} (uuid, timestamptz, JSON, lengths) and the
 * shared types, compared byte for byte with {@code src/test/resources/golden-java/}. After an
 * intended change, review the diff of {@code -Dgolden.update=true}.
 */
class JavaGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-java");

  static Stream<String> covered() {
    return covered(JavaGeneratorCompileTest.generate(TestContracts.examples())).keySet().stream();
  }

  private static SortedMap<String, String> covered(SortedMap<String, String> all) {
    SortedMap<String, String> out = new TreeMap<>();
    all.forEach((path, text) -> {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.startsWith("Claims") || name.startsWith("ActivityEvents") || path.chars().filter(c -> c == '/').count() == 3) {
        out.put(path, text);
      }
    });
    return out;
  }

  @ParameterizedTest
  @MethodSource("covered")
  void matchesGolden(String path) throws IOException {
    String text = JavaGeneratorCompileTest.generate(TestContracts.examples()).get(path);
    Path golden = GOLDEN.resolve(path);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file " + golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8)).as(path).isEqualTo(text);
  }
}
