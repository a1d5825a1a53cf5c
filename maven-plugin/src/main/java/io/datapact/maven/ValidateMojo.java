package io.datapact.maven;

import io.datapact.problem.Problem;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.Rules;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.YamlReader;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates every contract (YAML, JSON Schema, semantic rules) and fails the build listing every
 * problem with its rule id and {@code file:line:col}.
 *
 * <pre>{@code mvn datapact:validate -Ddatapact.contractsDirectory=contracts}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractDatapactMojo {
  /**
   * Fails the build on warnings too.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /**
   * Largest contract file accepted, in bytes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.maxFileBytes", defaultValue = "" + YamlReader.DEFAULT_MAX_BYTES)
  private long maxFileBytes;

  @Override
  public void execute() throws MojoFailureException {
    if (skipped()) {
      return;
    }
    ValidationReport report = new ContractValidator(new YamlReader(maxFileBytes), Rules.standard())
        .validateDirectory(baseDirectory.toPath(), contractsDirectory.toPath());
    report.warnings().forEach(w -> getLog().warn(w.toString()));
    getLog().info("datapact: " + report.summary());
    boolean failed = !report.ok() || failOnWarning && !report.warnings().isEmpty();
    if (failed) {
      StringBuilder message = new StringBuilder("datapact found problems in the contracts:");
      for (Problem p : failOnWarning ? report.problems() : report.errors()) {
        message.append(System.lineSeparator()).append(p);
      }
      message.append(System.lineSeparator()).append(report.summary())
          .append(". The format is described in docs/contract-format.md.");
      throw new MojoFailureException(message.toString());
    }
  }
}
