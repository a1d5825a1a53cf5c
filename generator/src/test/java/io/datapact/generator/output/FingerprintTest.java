package io.datapact.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir
  Path temp;

  private Path contracts;
  private Path templates;

  @BeforeEach
  void setUp() throws IOException {
    contracts = temp.resolve("contracts");
    templates = temp.resolve("templates");
    write(contracts, "benefits/claims.yaml", "id: benefits.claims\n");
    write(contracts, "benefits/companies.yaml", "id: benefits.companies\n");
    write(contracts, "petcare/pets.yaml", "id: petcare.pets\n");
    write(templates, "sql/base/raw.sql.ftl", "-- mine\n");
  }

  private static void write(Path folder, String relative, String text) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private String hex(Map<String, String> settings) throws IOException {
    Fingerprint f = new Fingerprint();
    settings.forEach(f::add);
    return f.addTree("contracts", contracts).addTree("templates", templates).hex();
  }

  private static Map<String, String> settings() {
    Map<String, String> s = new TreeMap<>();
    s.put("plugin", "0.1.0");
    s.put("dialects", "[duckdb, postgres]");
    s.put("failOnWarning", "false");
    return s;
  }

  private String base() throws IOException {
    return hex(settings());
  }

  @Test
  void sameInputsSameHex() throws IOException {
    String first = base();

    assertThat(first).matches("[0-9a-f]{64}");
    assertThat(base()).isEqualTo(first);
  }

  @Test
  void theOrderFilesWereCreatedInDoesNotMatter() throws IOException {
    String before = base();
    Path copy = temp.resolve("copy");
    write(copy, "petcare/pets.yaml", "id: petcare.pets\n");
    write(copy, "benefits/companies.yaml", "id: benefits.companies\n");
    write(copy, "benefits/claims.yaml", "id: benefits.claims\n");
    contracts = copy;

    assertThat(base()).isEqualTo(before);
  }

  @Test
  void aChangedSettingValueChangesIt() throws IOException {
    String before = base();
    Map<String, String> s = settings();
    s.put("dialects", "[duckdb]");

    assertThat(hex(s)).isNotEqualTo(before);
  }

  @Test
  void aRenamedOrAddedSettingChangesIt() throws IOException {
    String before = base();
    Map<String, String> renamed = settings();
    renamed.put("failOnWarnings", renamed.remove("failOnWarning"));
    Map<String, String> added = settings();
    added.put("maxFileBytes", "1000");

    assertThat(hex(renamed)).isNotEqualTo(before);
    assertThat(hex(added)).isNotEqualTo(before).isNotEqualTo(hex(renamed));
  }

  @Test
  void oneChangedByteChangesIt() throws IOException {
    String before = base();
    write(contracts, "benefits/claims.yaml", "id: benefits.claimz\n");

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void aChangedTemplateChangesIt() throws IOException {
    String before = base();
    write(templates, "sql/base/raw.sql.ftl", "-- mine \n");

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void aRenamedFileChangesIt() throws IOException {
    String before = base();
    Files.move(contracts.resolve("petcare/pets.yaml"), contracts.resolve("petcare/pet.yaml"));

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void aFileMovedToAnotherFolderChangesIt() throws IOException {
    String before = base();
    Files.move(contracts.resolve("petcare/pets.yaml"), contracts.resolve("benefits/pets.yaml"));

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void anAddedEmptyFileChangesIt() throws IOException {
    String before = base();
    write(contracts, "notes.txt", "");

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void aDeletedFileChangesIt() throws IOException {
    String before = base();
    Files.delete(contracts.resolve("petcare/pets.yaml"));

    assertThat(base()).isNotEqualTo(before);
  }

  @Test
  void theSameFolderUnderAnotherTreeNameDiffers() throws IOException {
    assertThat(new Fingerprint().addTree("contracts", contracts).hex())
        .isNotEqualTo(new Fingerprint().addTree("templates", contracts).hex());
  }

  @Test
  void aMissingFolderIsHandledLikeAnEmptyOne() throws IOException {
    Path missing = temp.resolve("no-such-folder");
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

    String ofMissing = new Fingerprint().add("plugin", "1").addTree("templates", missing).hex();

    assertThat(new Fingerprint().add("plugin", "1").addTree("templates", empty).hex()).isEqualTo(ofMissing);
    assertThat(new Fingerprint().add("plugin", "1").addTree("templates", null).hex()).isEqualTo(ofMissing);
    assertThat(new Fingerprint().add("plugin", "1").addTree("templates", file).hex()).isEqualTo(ofMissing);
    assertThat(new Fingerprint().add("plugin", "1").hex()).as("no tree at all").isNotEqualTo(ofMissing);
  }

  @Test
  void aFolderAppearingChangesIt() throws IOException {
    Path overrides = temp.resolve("overrides");
    String before = new Fingerprint().addTree("templates", overrides).hex();
    write(overrides, "sql/duckdb/raw.sql.ftl", "x");

    assertThat(new Fingerprint().addTree("templates", overrides).hex()).isNotEqualTo(before);
  }

  /**
   * File contents are hashed without their length, so bytes can move across the boundary of two
   * files: one file {@code a} holding {@code xfile b}, NUL, {@code y} hashes like two files
   * {@code a = x} and {@code b = y}.
   *
   * <p>Fails today. Needs a NUL byte in a file, so it does not happen with text contracts and
   * templates; hashing each file's length before its bytes closes it.
   */
  @Test
  void bytesMovingBetweenFilesChangeIt() throws IOException {
    Path two = temp.resolve("two");
    write(two, "a", "x");
    write(two, "b", "y");
    Path one = temp.resolve("one");
    write(one, "a", "xfile b\0y");

    assertThat(new Fingerprint().addTree("t", one).hex()).isNotEqualTo(new Fingerprint().addTree("t", two).hex());
  }
}
