package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The checked-in goal reference ({@code docs/plugin-goals.md}) matches the plugin descriptor built
 * from the mojos, and every goal has an Eclipse m2e mapping. {@code -Dgolden.update=true} rewrites
 * the reference.
 */
class PluginGoalsDocTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path REFERENCE = Path.of("../docs/plugin-goals.md");

  @Test
  void theGoalReferenceIsUpToDate() throws IOException {
    String expected = PluginGoalsMarkdown.render(DESCRIPTOR);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("docs/plugin-goals.md is stale; rerun this test with -Dgolden.update=true and commit the file")
        .isEqualTo(expected);
  }

  @Test
  void theReferenceDescribesEveryGoalAndUserParameter() throws IOException {
    List<PluginGoalsMarkdown.Goal> goals = PluginGoalsMarkdown.goals(DESCRIPTOR);
    assertThat(goals).extracting(PluginGoalsMarkdown.Goal::name)
        .contains("compat", "docs", "export", "generate", "help", "import", "package-contracts", "review",
            "validate", "verify");
    assertThat(goals).allSatisfy(g -> assertThat(g.threadSafe()).as(g.name()).isTrue());
    PluginGoalsMarkdown.Goal docs = goals.stream().filter(g -> g.name().equals("docs")).findFirst().orElseThrow();
    assertThat(docs.phase()).isEqualTo("package");
    assertThat(docs.params()).extracting(PluginGoalsMarkdown.Param::property)
        .contains("datapact.docs.outputDirectory", "datapact.docs.skip", "datapact.skip");
    assertThat(docs.params()).extracting(PluginGoalsMarkdown.Param::name).doesNotContain("baseDirectory");
    for (PluginGoalsMarkdown.Goal g : goals) {
      g.params().forEach(p -> assertThat(p.description()).as(g.name() + " " + p.name()).isNotBlank());
    }
  }

  @Test
  void everyGoalHasAnEclipseMapping() throws Exception {
    List<String> mapped = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      NodeList goals = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
          .getElementsByTagName("goal");
      for (int i = 0; i < goals.getLength(); i++) {
        mapped.add(goals.item(i).getTextContent().strip());
      }
    }
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(
        PluginGoalsMarkdown.goals(DESCRIPTOR).stream().map(PluginGoalsMarkdown.Goal::name).toList());
  }
}
