package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs goal as Maven configures it; the site itself is tested in the generator. */
@MojoTest
class DocsMojoTest {
  @TempDir
  Path out;

  private DocsMojo configured(DocsMojo mojo) throws IllegalAccessException {
    MojoExtension.setVariableValueToObject(mojo, "siteDirectory", out.resolve("site").toFile());
    MojoExtension.setVariableValueToObject(mojo, "templateDirectory", out.resolve("no-overrides").toFile());
    return mojo;
  }

  @Test
  @InjectMojo(goal = "docs", pom = "src/test/projects/ok/pom.xml")
  void writesTheSiteOfTheContracts(DocsMojo mojo) throws Exception {
    configured(mojo).execute();
    assertThat(Files.readString(out.resolve("site/index.html"))).contains("href=\"contracts/benefits.companies/");
    assertThat(out.resolve("site/lineage.svg")).isRegularFile();
    assertThat(out.resolve("site/schema/contract-v1.schema.json")).isRegularFile();
  }

  @Test
  @InjectMojo(goal = "docs", pom = "src/test/projects/broken/pom.xml")
  void brokenContractsFailAndWriteNothing(DocsMojo mojo) throws Exception {
    assertThatThrownBy(configured(mojo)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("[field-type-unknown] src/main/contracts/employees.yaml:15:11");
    assertThat(out.resolve("site")).doesNotExist();
  }

  @Test
  @InjectMojo(goal = "docs", pom = "src/test/projects/ok/pom.xml")
  void theGoalsOwnSkipFlagWritesNothing(DocsMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(configured(mojo), "skipDocs", true);
    mojo.execute();
    assertThat(out.resolve("site")).doesNotExist();
  }
}
