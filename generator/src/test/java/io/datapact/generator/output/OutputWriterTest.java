package io.datapact.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputWriterTest {
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir
  Path temp;

  private Path root;
  private OutputWriter writer;

  @BeforeEach
  void setUp() {
    root = temp.resolve("out");
    writer = new OutputWriter(root);
  }

  private static SortedMap<String, String> files(String... pathsAndContents) {
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  private static final SortedMap<String, String> THREE = files(
      "sql/duckdb/setup.sql", "CREATE SCHEMA \"raw\";\n",
      "sql/duckdb/raw/raw.shop__orders.sql", "-- Größe ✓\n",
      "pipeline.json", "{ }\n");

  /** Every regular file under the root, relative, with its bytes as text. */
  private Map<String, String> tree() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private void ageEverything() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, OLD);
      }
    }
  }

  private FileTime mtime(String relative) throws IOException {
    return Files.getLastModifiedTime(root.resolve(relative));
  }

  @Test
  void firstWriteWritesEveryFileAndTheManifest() throws IOException {
    OutputWriter.Result result = writer.write(THREE);

    assertThat(result).isEqualTo(new OutputWriter.Result(3, 0, 0));
    assertThat(result).hasToString("3 written, 0 unchanged, 0 deleted");
    Map<String, String> expected = new TreeMap<>(THREE);
    expected.put(OutputWriter.MANIFEST, "pipeline.json\nsql/duckdb/raw/raw.shop__orders.sql\nsql/duckdb/setup.sql\n");
    assertThat(tree()).isEqualTo(expected);
    assertThat(Files.readAllBytes(root.resolve("sql/duckdb/raw/raw.shop__orders.sql")))
        .isEqualTo("-- Größe ✓\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws IOException {
    writer.write(THREE);
    writer.write(files("pipeline.json", "changed\n"));

    try (Stream<Path> walk = Files.walk(root)) {
      assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anIdenticalSecondWriteWritesNothingAndKeepsTheGeneratedFilesTimes() throws IOException {
    writer.write(THREE);
    ageEverything();

    OutputWriter.Result result = writer.write(THREE);

    assertThat(result).isEqualTo(new OutputWriter.Result(0, 3, 0));
    for (String file : THREE.keySet()) {
      assertThat(mtime(file)).as(file).isEqualTo(OLD);
    }
    assertThat(tree()).containsAllEntriesOf(THREE);
  }

  /**
   * Nothing in the folder changes when nothing generated changes, so tools watching it (resource
   * copying, IDE refresh) see no change either.
   *
   * <p>Fails today: {@code write} rewrites the manifest on every call, even with the same bytes.
   */
  @Test
  void anIdenticalSecondWriteKeepsTheManifestTimeToo() throws IOException {
    writer.write(THREE);
    ageEverything();

    writer.write(THREE);

    assertThat(mtime(OutputWriter.MANIFEST)).isEqualTo(OLD);
  }

  @Test
  void changedContentRewritesOnlyThatFile() throws IOException {
    writer.write(THREE);
    ageEverything();
    SortedMap<String, String> changed = new TreeMap<>(THREE);
    changed.put("sql/duckdb/setup.sql", "CREATE SCHEMA \"staging\";\n");

    OutputWriter.Result result = writer.write(changed);

    assertThat(result).isEqualTo(new OutputWriter.Result(1, 2, 0));
    assertThat(Files.readString(root.resolve("sql/duckdb/setup.sql"))).isEqualTo("CREATE SCHEMA \"staging\";\n");
    assertThat(mtime("sql/duckdb/setup.sql")).isNotEqualTo(OLD);
    assertThat(mtime("pipeline.json")).isEqualTo(OLD);
    assertThat(mtime("sql/duckdb/raw/raw.shop__orders.sql")).isEqualTo(OLD);
  }

  @Test
  void aFileEditedByHandIsRestored() throws IOException {
    writer.write(THREE);
    Files.writeString(root.resolve("pipeline.json"), "edited\n");

    assertThat(writer.write(THREE)).isEqualTo(new OutputWriter.Result(1, 2, 0));
    assertThat(tree()).containsAllEntriesOf(THREE);
  }

  @Test
  void aFileDroppedFromTheMapIsDeletedButTheUsersOwnFilesSurvive() throws IOException {
    writer.write(THREE);
    Files.writeString(root.resolve("README.md"), "mine\n");
    Files.writeString(root.resolve("sql/duckdb/raw/my_notes.sql"), "-- mine\n");
    SortedMap<String, String> fewer = new TreeMap<>(THREE);
    fewer.remove("sql/duckdb/raw/raw.shop__orders.sql");

    OutputWriter.Result result = writer.write(fewer);

    assertThat(result).isEqualTo(new OutputWriter.Result(0, 2, 1));
    Map<String, String> expected = new TreeMap<>(fewer);
    expected.put("README.md", "mine\n");
    expected.put("sql/duckdb/raw/my_notes.sql", "-- mine\n");
    expected.put(OutputWriter.MANIFEST, "pipeline.json\nsql/duckdb/setup.sql\n");
    assertThat(tree()).isEqualTo(expected);
    assertThat(writer.write(fewer)).as("deleted once only").isEqualTo(new OutputWriter.Result(0, 2, 0));
  }

  @Test
  void withoutAManifestNothingIsDeleted() throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve("old.sql"), "-- from before manifests, or the user's\n");

    assertThat(writer.write(THREE)).isEqualTo(new OutputWriter.Result(3, 0, 0));
    assertThat(root.resolve("old.sql")).exists();
  }

  @Test
  void aStaleFileAlreadyGoneIsNotCounted() throws IOException {
    writer.write(THREE);
    Files.delete(root.resolve("pipeline.json"));

    assertThat(writer.write(files("sql/duckdb/setup.sql", THREE.get("sql/duckdb/setup.sql"))))
        .isEqualTo(new OutputWriter.Result(0, 1, 1));
    assertThat(tree()).containsOnlyKeys("sql/duckdb/setup.sql", OutputWriter.MANIFEST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escaped.sql", "sql/../../escaped.sql", "sql/duckdb/../../../escaped.sql"})
  void pathsEscapingTheRootAreRefused(String path) {
    assertThatThrownBy(() -> writer.write(files(path, "x\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated path escapes the output folder: " + path);
    assertThat(temp.resolve("escaped.sql")).doesNotExist();
  }

  @Test
  void anAbsolutePathIsRefused() {
    String path = temp.resolve("elsewhere.sql").toAbsolutePath().toString();

    assertThatThrownBy(() -> writer.write(files(path, "x\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("escapes the output folder");
    assertThat(temp.resolve("elsewhere.sql")).doesNotExist();
  }

  @Test
  void aSiblingFolderWithTheSamePrefixIsOutside() throws IOException {
    assertThatThrownBy(() -> writer.write(files("../out-evil/x.sql", "x\n"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(temp.resolve("out-evil")).doesNotExist();
  }

  @Test
  void aManifestEntryEscapingTheRootIsNeverDeleted() throws IOException {
    Files.createDirectories(root);
    Files.writeString(temp.resolve("victim.txt"), "keep me\n");
    Files.writeString(root.resolve(OutputWriter.MANIFEST), "../victim.txt\n");

    assertThatThrownBy(() -> writer.write(THREE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated path escapes the output folder: ../victim.txt");
    assertThat(temp.resolve("victim.txt")).hasContent("keep me");
  }

  @Test
  void aPathWithDotsThatStaysInsideIsAllowed() throws IOException {
    writer.write(files("sql/x/../y.sql", "y\n"));

    assertThat(root.resolve("sql/y.sql")).hasContent("y");
  }

  @Test
  void completeOnlyWhileEveryFileOfTheLastWriteIsThere() throws IOException {
    assertThat(writer.complete()).as("never written").isFalse();

    writer.write(THREE);
    assertThat(writer.complete()).as("just written").isTrue();

    Files.writeString(root.resolve("user-file.txt"), "mine\n");
    assertThat(writer.complete()).as("a user's file changes nothing").isTrue();

    Files.delete(root.resolve("sql/duckdb/raw/raw.shop__orders.sql"));
    assertThat(writer.complete()).as("a generated file deleted by hand").isFalse();

    writer.write(THREE);
    assertThat(writer.complete()).as("written again").isTrue();

    Files.delete(root.resolve(OutputWriter.MANIFEST));
    assertThat(writer.complete()).as("manifest deleted").isFalse();
  }

  /**
   * {@code complete} reads the manifest's lines as they are rather than a sorted, de-duplicated
   * copy: a manifest edited by hand (out of order, blank lines, an entry twice, dots) gives the
   * same answers.
   */
  @Test
  void completeReadsAManifestEditedByHand() throws IOException {
    writer.write(THREE);
    Files.writeString(root.resolve(OutputWriter.MANIFEST), "sql/duckdb/setup.sql\n\n  \npipeline.json\r\n"
        + "sql/duckdb/raw/../raw/raw.shop__orders.sql\npipeline.json\n");

    assertThat(writer.complete()).as("every entry present").isTrue();

    Files.delete(root.resolve("pipeline.json"));
    assertThat(writer.complete()).as("an entry listed twice is missing").isFalse();
  }

  @Test
  void aFolderInPlaceOfAGeneratedFileIsNotComplete() throws IOException {
    writer.write(THREE);
    Files.delete(root.resolve("pipeline.json"));
    Files.createDirectories(root.resolve("pipeline.json"));

    assertThat(writer.complete()).isFalse();
  }

  @Test
  void completeRefusesAManifestEntryEscapingTheRoot() throws IOException {
    writer.write(THREE);
    Files.writeString(temp.resolve("victim.txt"), "keep me\n");
    Files.writeString(root.resolve(OutputWriter.MANIFEST), "../victim.txt\npipeline.json\n");

    assertThatThrownBy(() -> writer.complete()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated path escapes the output folder: ../victim.txt");
  }

  @Test
  void completeOverThousandsOfFiles() throws IOException {
    SortedMap<String, String> many = new TreeMap<>();
    for (int i = 0; i < 3000; i++) {
      many.put("sql/duckdb/marts/m_" + (10_000 + i) + ".sql", "-- " + i + "\n");
    }
    writer.write(many);
    assertThat(writer.complete()).isTrue();

    Files.delete(root.resolve("sql/duckdb/marts/m_12999.sql"));
    assertThat(writer.complete()).as("the last file in the manifest missing").isFalse();
  }

  @Test
  void anEmptyMapClearsWhatTheLastWriteProduced() throws IOException {
    writer.write(THREE);

    assertThat(writer.write(new TreeMap<>())).isEqualTo(new OutputWriter.Result(0, 0, 3));
    assertThat(tree()).containsOnlyKeys(OutputWriter.MANIFEST);
    assertThat(writer.complete()).isTrue();
  }

  @Test
  void theManifestIsSortedAndOneEntryPerLine() throws IOException {
    writer.write(THREE);

    assertThat(Files.readAllLines(root.resolve(OutputWriter.MANIFEST)))
        .isEqualTo(List.copyOf(THREE.keySet())).isSorted();
  }
}
