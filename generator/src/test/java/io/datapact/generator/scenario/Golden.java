package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected tables as CSV files in the source tree. With {@code -Dgolden.update=true} the writing
 * engine rewrites them (review the diff before committing); every engine is then compared with
 * them, so a difference between engines still fails.
 */
final class Golden {
  private Golden() {}

  /** Whether expected files are being rewritten. */
  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code table} (header first) is the content of {@code file}; writes it first when updating and {@code writer}. */
  static void assertTable(Path file, List<List<String>> table, boolean writer) throws IOException {
    String actual = Csv.write(table);
    if (updating() && writer) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("expected rows; run with -Dgolden.update=true to write them").exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError(file + " differs (- expected, + actual):\n" + diff(expected, actual));
    }
  }

  /** The lines only in one of the texts, in order, marked - and +. */
  static String diff(String expected, String actual) {
    List<String> e = List.of(expected.split("\n", -1));
    List<String> a = List.of(actual.split("\n", -1));
    List<String> out = new ArrayList<>();
    e.stream().filter(line -> !a.contains(line)).forEach(line -> out.add("- " + line));
    a.stream().filter(line -> !e.contains(line)).forEach(line -> out.add("+ " + line));
    if (out.isEmpty()) {
      out.add("(same lines in another order)");
    }
    return String.join("\n", out);
  }
}
