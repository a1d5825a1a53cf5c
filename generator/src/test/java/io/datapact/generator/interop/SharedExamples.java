package io.datapact.generator.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public example files of ODCS and the Data Contract Specification, read where they lie:
 * {@code -Ddatapact.interop.dir=<dir>}, else the first {@code shared/interop} folder found
 * walking up from the module directory (next to the repository root in a checkout that has one).
 * They are not part of the repository, so tests that use them are skipped where they are absent.
 */
final class SharedExamples {
  /** Why tests are skipped when the folder is absent. */
  static final String ABSENT = "the public ODCS and DCS examples (../shared/interop) are not next to this checkout; "
      + "set -Ddatapact.interop.dir to run these tests";

  private SharedExamples() {}

  /** The examples folder, if there is one. */
  static Optional<Path> dir() {
    String property = System.getProperty("datapact.interop.dir");
    if (property != null && !property.isBlank()) {
      Path p = Path.of(property);
      return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/interop");
      if (Files.isDirectory(candidate.resolve("odcs")) || Files.isDirectory(candidate.resolve("dcs"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The example contract files ({@code odcs/*.yaml}, {@code dcs/*.yaml}), sorted; empty when absent. */
  static List<Path> files() {
    Optional<Path> dir = dir();
    if (dir.isEmpty()) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir.get())) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
