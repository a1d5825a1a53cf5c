package io.datapact.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.problem.Problem;
import io.datapact.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule id, driven by fixtures under {@code src/test/resources/rules/<rule-id>/}.
 *
 * <p>Each rule folder holds {@code valid/} (contracts with no problem at all) and one or more
 * {@code invalid-<case>/} folders whose {@code expected.txt} lists every problem of that case,
 * exactly as printed. A case may set {@code maxBytes} in {@code options.properties}.
 */
class RuleFixturesTest {
  /** Ids whose trigger cannot live in a fixture folder; each has its own test, named here. */
  private static final Set<String> TESTED_ELSEWHERE = Set.of(
      "contracts-directory-missing", // ContractValidatorTest: the folder itself is missing
      // Cannot happen after the schema passed: every integer key has a schema maximum that fits its
      // model type and durations have at most six digits. Guards a datapact bug.
      "contract-unreadable");

  private static Path root() throws URISyntaxException {
    return Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
  }

  @TestFactory
  Stream<DynamicNode> everyRule() throws Exception {
    List<DynamicNode> rules = new ArrayList<>();
    for (Path ruleDir : sortedChildren(root())) {
      List<DynamicNode> cases = new ArrayList<>();
      for (Path caseDir : sortedChildren(ruleDir)) {
        String name = caseDir.getFileName().toString();
        if (name.equals("valid")) {
          cases.add(DynamicTest.dynamicTest(name, () -> assertThat(render(caseDir)).isEmpty()));
        } else {
          cases.add(DynamicTest.dynamicTest(name, () -> {
            if (Boolean.getBoolean("golden.update")) {
              writeExpected(caseDir);
            }
            List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8);
            assertThat(render(caseDir)).containsExactlyElementsOf(expected);
          }));
        }
      }
      rules.add(DynamicContainer.dynamicContainer(ruleDir.getFileName().toString(), cases));
    }
    return rules.stream();
  }

  @Test
  void everyRuleIdHasAValidAndAnInvalidFixtureThatTriggersIt() throws Exception {
    Set<String> ids = new TreeSet<>();
    Rules.standard().forEach(r -> ids.add(r.id()));
    ids.addAll(List.of("file-unreadable", "file-too-large", "yaml-encoding", "yaml-empty", "yaml-syntax",
        "yaml-alias", "yaml-duplicate-key", "yaml-multiple-documents", "schema-required", "schema-unknown-key",
        "schema-type", "schema-enum", "schema-const", "schema-pattern", "schema-property-names",
        "schema-min-items", "schema-min-properties", "schema-min-length", "schema-max-length", "schema-minimum", "schema-maximum",
        "schema-exclusive-minimum"));
    ids.removeAll(TESTED_ELSEWHERE);
    for (String id : ids) {
      Path dir = root().resolve(id);
      assertThat(dir.resolve("valid")).as(id + " valid fixture").isDirectory();
      List<Path> invalid = sortedChildren(dir).stream()
          .filter(p -> p.getFileName().toString().startsWith("invalid-")).toList();
      assertThat(invalid).as(id + " invalid fixtures").isNotEmpty();
      for (Path caseDir : invalid) {
        assertThat(Files.readString(caseDir.resolve("expected.txt")))
            .as(caseDir + " reports " + id).contains("[" + id + "]");
      }
    }
  }

  @Test
  void thereAreAtLeastFortyInvalidFixtures() throws Exception {
    try (Stream<Path> walk = Files.walk(root(), 2)) {
      assertThat(walk.filter(p -> p.getFileName().toString().startsWith("invalid-")).count())
          .isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void aGoldenUpdateOfACaseThatTriggersNothingFailsAndWritesNothing(@TempDir Path dir) throws Exception {
    Path caseDir = Files.createDirectories(dir.resolve("scd-tracked/invalid-forgot-the-mistake"));
    Files.copy(root().resolve("yaml-syntax/valid/employees.yaml"), caseDir.resolve("employees.yaml"));

    assertThatThrownBy(() -> writeExpected(caseDir))
        .hasMessageStartingWith("case scd-tracked/invalid-forgot-the-mistake triggered nothing");
    assertThat(caseDir.resolve("expected.txt")).doesNotExist();
  }

  /** Validates the contract files of a case folder and renders every problem. */
  static List<String> render(Path caseDir) throws IOException {
    long maxBytes = YamlReader.DEFAULT_MAX_BYTES;
    Path options = caseDir.resolve("options.properties");
    if (Files.exists(options)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(options)) {
        p.load(in);
      }
      maxBytes = Long.parseLong(p.getProperty("maxBytes", String.valueOf(maxBytes)));
    }
    List<Path> files = sortedChildren(caseDir).stream()
        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
        .toList();
    ValidationReport report = new ContractValidator(new YamlReader(maxBytes), Rules.standard())
        .validate(caseDir, files);
    return report.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  /**
   * Rewrites a case's expected.txt in the source tree, for {@code -Dgolden.update=true}. A case
   * that triggers nothing fails instead: an empty expected.txt would hide a broken fixture.
   */
  static void writeExpected(Path caseDir) throws IOException {
    List<String> problems = render(caseDir);
    if (problems.isEmpty()) {
      throw new AssertionError("case " + caseDir.getParent().getFileName() + "/" + caseDir.getFileName()
          + " triggered nothing; fix the fixture so that it reports its rule id, expected.txt is left as it was");
    }
    String built = caseDir.toString();
    Path source = Path.of(built.replace("target/test-classes", "src/test/resources"));
    Files.writeString(source.resolve("expected.txt"), String.join("\n", problems) + "\n");
    Files.copy(source.resolve("expected.txt"), caseDir.resolve("expected.txt"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }
}
