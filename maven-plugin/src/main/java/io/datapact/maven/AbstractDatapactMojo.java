package io.datapact.maven;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.problem.Problem;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.Rules;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.YamlReader;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters every datapact goal shares, and contract validation that fails the build. */
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

  /**
   * Fails the build on warnings too.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * Largest contract file accepted, in bytes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.maxFileBytes", defaultValue = "" + YamlReader.DEFAULT_MAX_BYTES)
  protected long maxFileBytes;

  /**
   * A folder of template overrides: {@code sql/<dialect>/<name>.ftl} or {@code sql/base/<name>.ftl}
   * replace the built-in SQL template of that name, {@code site/<name>.ftl} a page template of the
   * documentation site; the rest stay built-in.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.templateDirectory", defaultValue = "${project.basedir}/src/main/datapact/templates")
  protected File templateDirectory;

  /** The dialects of these names; fails naming the unknown one. */
  protected static List<Dialect> dialectsNamed(List<String> names) throws MojoFailureException {
    List<Dialect> out = new ArrayList<>();
    for (String name : names) {
      try {
        out.add(Dialects.byName(name.trim()));
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("datapact.dialects: " + e.getMessage());
      }
    }
    return out;
  }

  /** True (and logged) when the goal should do nothing. */
  protected boolean skipped() {
    if (skip) {
      getLog().info("datapact: skipped (datapact.skip=true)");
    }
    return skip;
  }

  /**
   * True (and logged) when every goal is skipped or this goal is: {@code goalSkip} is the goal's
   * own flag, set by the user property {@code datapact.<goal>.skip}.
   */
  protected boolean skipped(boolean goalSkip, String goal) {
    if (skipped()) {
      return true;
    }
    if (goalSkip) {
      getLog().info("datapact: " + goal + " skipped (datapact." + goal + ".skip=true)");
    }
    return goalSkip;
  }

  /** Validates the contracts, logs warnings and the summary, and fails listing every error. */
  protected ValidationReport validateContracts() throws MojoFailureException {
    ValidationReport report = new ContractValidator(new YamlReader(maxFileBytes), Rules.standard())
        .validateDirectory(baseDirectory.toPath(), contractsDirectory.toPath());
    report.warnings().forEach(w -> getLog().warn(w.toString()));
    getLog().info("datapact: " + report.summary());
    if (!report.ok() || failOnWarning && !report.warnings().isEmpty()) {
      StringBuilder message = new StringBuilder("datapact found problems in the contracts:");
      for (Problem p : failOnWarning ? report.problems() : report.errors()) {
        message.append(System.lineSeparator()).append(p);
      }
      message.append(System.lineSeparator()).append(report.summary())
          .append(". The format is described in docs/contract-format.md.");
      throw new MojoFailureException(message.toString());
    }
    return report;
  }
}
