package io.datapact.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading files into positioned trees, and refusing every kind of bad input with one problem. */
class YamlReaderTest {
  private static final String PETS = """
      apiVersion: datapact/v1
      owner: {team: pet-care-data}
      fields:
        - name: pet_id
          type: string
        - {name: weight_kg, type: 'decimal(5,2)'}
      grain: [household_id, pet_id]
      """;

  @TempDir
  Path dir;

  private final YamlReader reader = new YamlReader();

  /** What one read returned and added. */
  private record Result(Optional<SourceDocument> document, List<Problem> problems) {
    /** The single problem of a failed read, after checking that there is exactly one. */
    Problem onlyProblem() {
      assertThat(document).as("no document on failure").isEmpty();
      assertThat(problems).as("exactly one problem").hasSize(1);
      return problems.get(0);
    }

    SourceDocument doc() {
      assertThat(problems).isEmpty();
      return document.orElseThrow();
    }
  }

  private Result read(Path path) {
    Problems problems = new Problems();
    Optional<SourceDocument> doc = reader.read(path, "pets.yaml", problems);
    return new Result(doc, problems.sorted());
  }

  private Result read(byte[] bytes) throws IOException {
    Path file = dir.resolve("pets.yaml");
    Files.write(file, bytes);
    return read(file);
  }

  private Result read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void positionsOfValuesKeysAndListItems() throws IOException {
    SourceDocument doc = read(PETS).doc();

    assertThat(doc.valueAt("/apiVersion")).isEqualTo(new Position(1, 13));
    assertThat(doc.keyAt("/apiVersion")).isEqualTo(new Position(1, 1));
    // flow mapping: the value is its '{', members are found inside it
    assertThat(doc.valueAt("/owner")).isEqualTo(new Position(2, 8));
    assertThat(doc.keyAt("/owner/team")).isEqualTo(new Position(2, 9));
    assertThat(doc.valueAt("/owner/team")).isEqualTo(new Position(2, 15));
    // block list: the list starts at the first '-', an item mapping at its first key
    assertThat(doc.valueAt("/fields")).isEqualTo(new Position(4, 3));
    assertThat(doc.valueAt("/fields/0")).isEqualTo(new Position(4, 5));
    assertThat(doc.keyAt("/fields/0/name")).isEqualTo(new Position(4, 5));
    assertThat(doc.valueAt("/fields/0/name")).isEqualTo(new Position(4, 11));
    assertThat(doc.valueAt("/fields/0/type")).isEqualTo(new Position(5, 11));
    assertThat(doc.valueAt("/fields/1")).isEqualTo(new Position(6, 5));
    assertThat(doc.keyAt("/fields/1/type")).isEqualTo(new Position(6, 23));
    assertThat(doc.valueAt("/fields/1/type")).isEqualTo(new Position(6, 29));
    // flow list items
    assertThat(doc.valueAt("/grain/0")).isEqualTo(new Position(7, 9));
    assertThat(doc.valueAt("/grain/1")).isEqualTo(new Position(7, 23));
  }

  @Test
  void aMissingNodeFallsBackToItsNearestParent() throws IOException {
    SourceDocument doc = read(PETS).doc();

    assertThat(doc.valueAt("/owner/email")).isEqualTo(new Position(2, 8));
    assertThat(doc.keyAt("/fields/1/pii")).isEqualTo(new Position(6, 5));
    assertThat(doc.valueAt("/description")).isEqualTo(Position.START);
  }

  @Test
  void readsTheTree() throws IOException {
    SourceDocument doc = read(PETS).doc();

    assertThat(doc.file()).isEqualTo("pets.yaml");
    assertThat(doc.root().at("/fields/1/type").asText()).isEqualTo("decimal(5,2)");
    assertThat(doc.root().at("/grain").size()).isEqualTo(2);
  }

  @Test
  void acceptsAUtf8ByteOrderMarkAndCountsColumnsWithoutIt() throws IOException {
    byte[] text = "apiVersion: datapact/v1\nowner: {team: Zoë}\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    SourceDocument doc = read(withBom).doc();

    assertThat(doc.keyAt("/apiVersion")).isEqualTo(new Position(1, 1));
    assertThat(doc.valueAt("/apiVersion")).isEqualTo(new Position(1, 13));
    assertThat(doc.root().at("/owner/team").asText()).isEqualTo("Zoë");
  }

  @Test
  void refusesAFiftyMegabyteFileQuicklyWithoutReadingIt() throws IOException {
    Path big = dir.resolve("claims.yaml");
    byte[] chunk = "# padding line of a generated file that is far too large\n".repeat(18_000)
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      while (Files.size(big) < 50L * 1024 * 1024) {
        out.write(chunk);
        out.flush();
      }
    }
    long size = Files.size(big);

    Result result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(big));

    Problem problem = result.onlyProblem();
    assertThat(problem.rule()).isEqualTo("file-too-large");
    assertThat(problem.position()).isEqualTo(Position.START);
    assertThat(problem.message()).isEqualTo("file is " + size + " bytes, more than the limit of "
        + YamlReader.DEFAULT_MAX_BYTES + " bytes");
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() throws IOException {
    String text = "apiVersion: datapact/v1\n";
    Path file = dir.resolve("tasks.yaml");
    Files.writeString(file, text);
    Problems problems = new Problems();

    Optional<SourceDocument> doc = new YamlReader(text.length()).read(file, "tasks.yaml", problems);

    assertThat(doc).isPresent();
    assertThat(problems.size()).isZero();
  }

  @Test
  void aMissingFileIsUnreadable() {
    Problem problem = read(dir.resolve("missing.yaml")).onlyProblem();

    assertThat(problem.rule()).isEqualTo("file-unreadable");
    assertThat(problem.message()).isEqualTo("file does not exist");
  }

  @Test
  void aDirectoryIsUnreadable() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("households.yaml"));

    Problem problem = read(folder).onlyProblem();

    assertThat(problem.rule()).isEqualTo("file-unreadable");
    assertThat(problem.message()).isEqualTo("is a directory, not a contract file");
  }

  @Test
  void anInvalidByteIsReportedWhereItIs() throws IOException {
    byte[] bytes = "id: petcare.pets\ndescription: caf\u00e9 cats\n".getBytes(StandardCharsets.ISO_8859_1);

    Problem problem = read(bytes).onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-encoding");
    assertThat(problem.position()).isEqualTo(new Position(2, 17));
    assertThat(problem.message()).isEqualTo("byte 0xE9 at offset 33 is not valid UTF-8");
  }

  @Test
  void aNestedDuplicateKeyNamesItsPath() throws IOException {
    Problem problem = read("fields:\n  - name: pet_id\n    type: string\n    type: uuid\n").onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-duplicate-key");
    assertThat(problem.position()).isEqualTo(new Position(4, 5));
    assertThat(problem.path()).isEqualTo("fields[0].type");
    assertThat(problem.hint()).endsWith("the first is at line 3");
  }

  @Test
  void aSecondDocumentIsReportedAtItsMarker() throws IOException {
    Problem problem = read("id: petcare.pets\n---\nid: petcare.tasks\n").onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-multiple-documents");
    assertThat(problem.position()).isEqualTo(new Position(2, 1));
  }

  @Test
  void anAliasIsReadAsACopyOfItsAnchoredValueAndPositionedAtTheAlias() throws IOException {
    SourceDocument doc = read("""
        grain: &keys [pet_id]
        scd: {type: 1, key: *keys}
        fields:
          - {name: pet_id, type: &id uuid}
          - {name: owner_id, type: *id}
        """).doc();

    assertThat(doc.root().at("/scd/key").toString()).isEqualTo("[\"pet_id\"]");
    assertThat(doc.root().at("/fields/1/type").asText()).isEqualTo("uuid");
    // anchored values keep their own positions, starting at the '&'
    assertThat(doc.valueAt("/grain")).isEqualTo(new Position(1, 8));
    assertThat(doc.valueAt("/grain/0")).isEqualTo(new Position(1, 15));
    assertThat(doc.valueAt("/fields/0/type")).isEqualTo(new Position(4, 26));
    // a copy, and everything inside it, is found at the alias
    assertThat(doc.valueAt("/scd/key")).isEqualTo(new Position(2, 21));
    assertThat(doc.valueAt("/scd/key/0")).isEqualTo(new Position(2, 21));
    assertThat(doc.valueAt("/fields/1/type")).isEqualTo(new Position(5, 28));
    // nodes after an alias are positioned as usual
    assertThat(doc.valueAt("/fields/1/name")).isEqualTo(new Position(5, 12));
  }

  @Test
  void anAliasCopiesTheValueAndNotTheAnchorsLaterChanges() throws IOException {
    SourceDocument doc = read("a: &x [1, 2]\nb: &y [*x, *x]\nc: *y\nx: &x last\nd: *x\n").doc();

    assertThat(doc.root().at("/c").toString()).isEqualTo("[[1,2],[1,2]]");
    assertThat(doc.root().at("/d").asText()).isEqualTo("last");
  }

  @Test
  void anUndefinedAliasIsRefusedWhereItIs() throws IOException {
    Problem problem = read("grain: [pet_id]\nscd: {type: 1, key: *keys}\n").onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-alias");
    assertThat(problem.position()).isEqualTo(new Position(2, 21));
    assertThat(problem.message()).isEqualTo("alias '*keys' refers to no anchor defined before it");
  }

  @Test
  void anAliasInsideItsOwnAnchorIsRefused() throws IOException {
    Problem problem = read("a: &loop [1, *loop]\n").onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-alias");
    assertThat(problem.position()).isEqualTo(new Position(1, 14));
  }

  @Test
  void anAliasBombIsRefusedQuickly() {
    String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";

    Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(bomb)).onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-alias");
    assertThat(problem.message()).isEqualTo("aliases expand to more than 10000 values");
    // a has 11 values, b 111 and c 1111; b and c copy 1220, and the eighth copy of c passes 10,000
    assertThat(problem.position()).isEqualTo(new Position(4, 36));
  }

  @Test
  void onlyTheYaml12SpellingsAreBooleans() throws IOException {
    SourceDocument doc = read("""
        a: true
        b: False
        c: TRUE
        d: yes
        e: No
        f: on
        g: OFF
        h: [y, n]
        """).doc();

    assertThat(doc.root().at("/a").isBoolean()).isTrue();
    assertThat(doc.root().at("/b").booleanValue()).isFalse();
    assertThat(doc.root().at("/c").booleanValue()).isTrue();
    assertThat(doc.root().at("/d").textValue()).isEqualTo("yes");
    assertThat(doc.root().at("/e").textValue()).isEqualTo("No");
    assertThat(doc.root().at("/f").textValue()).isEqualTo("on");
    assertThat(doc.root().at("/g").textValue()).isEqualTo("OFF");
    assertThat(doc.root().at("/h").toString()).isEqualTo("[\"y\",\"n\"]");
  }

  @Test
  void aControlCharacterIsReportedWhereItIs() throws IOException {
    Problem problem = read("id: petcare.pets\nname: Rex\u0007\n").onlyProblem();

    assertThat(problem.rule()).isEqualTo("yaml-syntax");
    assertThat(problem.position()).isEqualTo(new Position(2, 10));
    assertThat(problem.message()).isEqualTo("control character U+0007 is not allowed in YAML");
  }

  /** Inputs that must each fail with exactly one problem of the given rule, and never throw. */
  static Stream<Arguments> badInputs() {
    byte[] random = new byte[64 * 1024];
    new Random(20_261_125L).nextBytes(random);
    StringBuilder laughs = new StringBuilder("lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      laughs.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
    }
    return Stream.of(
        bad("empty file", new byte[0], "yaml-empty"),
        bad("only comments", "# nothing yet\n# really\n", "yaml-empty"),
        bad("only a document marker", "# pets\n---\n", "yaml-empty"),
        bad("only spaces", "   \n\n  \n", "yaml-empty"),
        bad("a tab on an otherwise blank line", "\t\n", "yaml-syntax"),
        bad("UTF-16 big endian", utf16("apiVersion: datapact/v1\n", true), "yaml-encoding"),
        bad("UTF-16 little endian", utf16("apiVersion: datapact/v1\n", false), "yaml-encoding"),
        bad("random bytes", random, "yaml-encoding"),
        bad("truncated UTF-8 sequence", new byte[] {'a', ':', ' ', (byte) 0xC3}, "yaml-encoding"),
        bad("YAML punctuation soup", "}{][:,-?&*!|>'\"%@`\n", "yaml-syntax"),
        bad("unclosed quote", "description: \"never closed\n", "yaml-syntax"),
        bad("10,000 nested lists", "[".repeat(10_000) + "]".repeat(10_000), "yaml-syntax"),
        bad("10,000 unclosed lists", "[".repeat(10_000), "yaml-syntax"),
        bad("10,000 nested mappings", "{a: ".repeat(10_000) + "1" + "}".repeat(10_000), "yaml-syntax"),
        bad("billion laughs", laughs.toString(), "yaml-alias"),
        bad("merge key", "base: &base {type: string}\nfield:\n  <<: *base\n  name: pet_id\n", "yaml-alias"),
        bad("alias as a key", "base: &k id\nfield: {*k : pet_id}\n", "yaml-alias"),
        bad("list as a key", "field: {[a, b]: pet_id}\n", "yaml-syntax"),
        bad("two duplicate keys in one mapping", "id: a.b\nid: a.c\n", "yaml-duplicate-key"),
        bad("two documents", "id: a.b\n---\nid: a.c\n", "yaml-multiple-documents"),
        bad("trailing document marker", "id: a.b\n---\n", "yaml-multiple-documents"));
  }

  private static Arguments bad(String name, String text, String rule) {
    return bad(name, text.getBytes(StandardCharsets.UTF_8), rule);
  }

  private static Arguments bad(String name, byte[] bytes, String rule) {
    return Arguments.of(name, bytes, rule);
  }

  /** Text as UTF-16 with its byte order mark, as some Windows editors save it. */
  private static byte[] utf16(String text, boolean bigEndian) {
    byte[] body = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) (bigEndian ? 0xFE : 0xFF);
    out[1] = (byte) (bigEndian ? 0xFF : 0xFE);
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputFailsWithExactlyOneProblemAndNoException(String name, byte[] bytes, String rule) throws IOException {
    Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(bytes));

    Problem problem = result.onlyProblem();
    assertThat(problem.rule()).isEqualTo(rule);
    assertThat(problem.file()).isEqualTo("pets.yaml");
    assertThat(problem.position().line()).isPositive();
    assertThat(problem.position().column()).isPositive();
    assertThat(problem.toString()).doesNotContain("\n");
  }

  @Test
  void parsingTextInMemoryReportsLikeReadingAFile() {
    Problems problems = new Problems();

    Optional<SourceDocument> doc = reader.parse("id: a.b\nid: a.c\n", "in-memory.yaml", problems);

    assertThat(doc).isEmpty();
    assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
        "[yaml-duplicate-key] in-memory.yaml:2:1 id: key 'id' appears twice in the same mapping; "
            + "remove one of them; the first is at line 1");
  }
}
