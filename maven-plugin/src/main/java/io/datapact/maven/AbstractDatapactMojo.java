package io.datapact.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters every datapact goal shares: where the contracts are and how to skip. */
abstract class AbstractDatapactMojo extends AbstractMojo {
  /** The project's base directory; messages name files relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDirectory;

  /**
   * The folder of contract files; every {@code *.yaml} and {@code *.yml} below it is read.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.contractsDirectory", defaultValue = "${project.basedir}/src/main/contracts")
  protected File contractsDirectory;

  /**
   * Skips every datapact goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.skip", defaultValue = "false")
  protected boolean skip;

  /** True (and logged) when the goal should do nothing. */
  protected boolean skipped() {
    if (skip) {
      getLog().info("datapact: skipped (datapact.skip=true)");
    }
    return skip;
  }
}
