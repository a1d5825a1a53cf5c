package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The mojo as Maven configures it from a pom; the rules themselves are tested in contract-model. */
@MojoTest
class ValidateMojoTest {
  @Test
  @InjectMojo(goal = "validate", pom = "src/test/projects/ok/pom.xml")
  void validContractsPass(ValidateMojo mojo) throws Exception {
    mojo.execute();
    assertThat(MojoExtension.getVariableValueFromObject(mojo, "contractsDirectory").toString())
        .endsWith("ok/src/main/contracts");
  }

  @Test
  @InjectMojo(goal = "validate", pom = "src/test/projects/broken/pom.xml")
  void brokenContractsFailWithEveryProblemInTheMessage(ValidateMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("datapact found problems in the contracts:")
        .hasMessageContaining("[field-type-unknown] src/main/contracts/employees.yaml:15:11 fields[2].type: "
            + "field 'salary': unknown type 'money'")
        .hasMessageContaining("2 contract files, 6 fields, 4 errors, 0 warnings");
  }

  @Test
  @InjectMojo(goal = "validate", pom = "src/test/projects/broken/pom.xml")
  void skipDoesNothing(ValidateMojo mojo) throws Exception {
    MojoExtension.setVariableValueToObject(mojo, "skip", true);
    mojo.execute();
  }
}
