package io.datapact.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Old/new contract pairs under {@code src/test/resources/compat/<case>/{old,new}/}, each with an
 * {@code expected.txt} listing every change as {@code rule severity bump contract path: old -> new
 * [outcome]}. Both sides must be valid contracts. {@code -Dgolden.update=true} rewrites the expected
 * files; review the diff.
 */
class CompatFixturesTest {
  /** Removal dates are judged against this day, so that the fixtures never expire. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static Path root() throws URISyntaxException {
    return Path.of(CompatFixturesTest.class.getResource("/compat").toURI());
  }

  @TestFactory
  Stream<DynamicTest> everyPair() throws Exception {
    return cases().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      String actual = render(dir);
      Path expected = dir.resolve("expected.txt");
      if (Boolean.getBoolean("golden.update")) {
        // The build runs in the module folder: write to the sources, not to the copy under target.
        expected = Path.of("src/test/resources/compat", dir.getFileName().toString(), "expected.txt");
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }));
  }

  @Test
  void atLeastSixtyPairsAndEveryRuleButTheUnclassifiedOneIsExercised() throws Exception {
    List<Path> all = cases().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    StringBuilder expected = new StringBuilder();
    for (Path dir : all) {
      expected.append(render(dir));
    }
    for (CompatRule rule : RuleTable.standard().all()) {
      if (!rule.id().equals(RuleTable.UNCLASSIFIED)) {
        assertThat(expected.toString()).as(rule.id()).contains(rule.id() + " " + rule.severity().label() + " ");
      }
    }
  }

  private static Stream<Path> cases() throws Exception {
    try (Stream<Path> list = Files.list(root())) {
      return list.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  static String render(Path dir) throws IOException {
    List<Contract> before = load(dir.resolve("old"));
    List<Contract> after = load(dir.resolve("new"));
    CompatResult result = new CompatCheck(RuleTable.standard(), TODAY).check(before, after, List.of());
    StringBuilder out = new StringBuilder();
    for (Finding f : result.findings()) {
      Change c = f.change();
      out.append(c.rule().id()).append(' ').append(c.rule().severity().label()).append(' ')
          .append(c.rule().bump().label()).append(' ').append(c.contract()).append(' ')
          .append(c.path().isEmpty() ? "-" : c.path()).append(": ").append(c.oldValue()).append(" -> ")
          .append(c.newValue()).append(" [").append(f.outcome().name().toLowerCase(java.util.Locale.ROOT))
          .append("]\n");
    }
    return out.toString();
  }

  private static List<Contract> load(Path dir) {
    ValidationReport report = ContractValidator.standard().validateDirectory(dir.getParent(), dir);
    assertThat(report.errors()).as("problems in " + dir).isEmpty();
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }
}
