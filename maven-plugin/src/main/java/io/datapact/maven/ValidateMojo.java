package io.datapact.maven;

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
   * Skips this goal only; the other goals still validate before they work.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  @Override
  public void execute() throws MojoFailureException {
    if (!skipped(skipValidate, "validate")) {
      validateContracts();
    }
  }
}
