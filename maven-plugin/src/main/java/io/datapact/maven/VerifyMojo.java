package io.datapact.maven;

import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.generator.verify.Verifier;
import io.datapact.generator.verify.VerifyOptions;
import io.datapact.generator.verify.report.ReportWriter;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the generated pipeline in an embedded DuckDB on fixture or synthetic data, runs every
 * generated data check after each batch, checks that a rebuild without new data changes nothing,
 * proves that every check can fail, and writes JUnit XML, Markdown and JSON reports. Fails the
 * build on any error.
 *
 * <pre>{@code mvn verify -Ddatapact.verify.database=target/datapact.duckdb}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractDatapactMojo {
  /**
   * Fixture batches: {@code <contract-id>/batch-<N>/*.csv|jsonl|parquet}. Without any, synthetic data is used.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.fixturesDirectory", defaultValue = "${project.basedir}/src/test/datapact")
  private File fixturesDirectory;

  /**
   * A DuckDB file to keep for inspection; in memory when not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.verify.database")
  private File database;

  /**
   * Seed of the synthetic data.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.verify.seed", defaultValue = "42")
  private long seed;

  /**
   * Synthetic rows per contract in the first batch.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.verify.rows", defaultValue = "1000")
  private int rows;

  /**
   * Synthetic rows for particular contracts, by contract id, e.g. a large fact.
   *
   * @since 0.1.0
   */
  @Parameter
  private Map<String, Integer> rowsPerContract;

  /**
   * Where the JUnit XML, Markdown and JSON reports go.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.reportsDirectory", defaultValue = "${project.build.directory}/datapact-reports")
  private File reportsDirectory;

  /**
   * Skips verification only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.verify.skip", defaultValue = "false")
  private boolean skipVerify;

  /**
   * The verification time: the "now" of freshness checks and of synthetic timestamps. Fixed by
   * default so that two runs give the same data and the same reports; {@code clock} uses the
   * current time (e.g. to check real fixture exports against their SLA).
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.verify.now", defaultValue = "2026-01-01T12:00:00Z")
  private String now;

  /**
   * The salt of hashed PII in the masked views, stored in the database at run time and never written
   * to generated files or reports; when unset, the environment variable {@code DATAPACT_SALT}, else
   * a random salt per run.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.salt")
  private String salt;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(skipVerify, "verify")) {
      return;
    }
    ValidationReport validation = validateContracts();
    SyntheticOptions synthetic = SyntheticOptions.defaults().withSeed(seed).withDefaultRows(rows);
    if (rowsPerContract != null) {
      for (var e : rowsPerContract.entrySet()) {
        synthetic = synthetic.withRows(e.getKey(), e.getValue());
      }
    }
    VerifyOptions options = new VerifyOptions(database == null ? null : database.toPath(), fixturesDirectory.toPath(),
        synthetic, verifyTime(), templateDirectory.toPath(), salt != null ? salt : System.getenv("DATAPACT_SALT"));
    VerifyReport report;
    try {
      report = new Verifier().verify(validation.contracts().stream().map(LoadedContract::contract).toList(), options);
      for (String line : ReportWriter.console(report)) {
        if (line.startsWith("  ERROR ")) {
          getLog().error(line.substring(8));
        } else if (line.startsWith("  warning ")) {
          getLog().warn(line.substring(10));
        } else {
          getLog().info(line);
        }
      }
      ReportWriter.writeAll(report, reportsDirectory.toPath());
    } catch (SQLException e) {
      throw new MojoExecutionException("datapact verify could not run the pipeline in DuckDB: " + e.getMessage()
          + (database == null ? "" : ". The database is kept at " + database), e);
    } catch (IOException e) {
      throw new MojoExecutionException("datapact verify could not read fixtures or write reports: " + e.getMessage(), e);
    }
    List<String> errors = report.errors();
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder("datapact verify failed with " + errors.size() + " error(s):");
      errors.stream().limit(50).forEach(e -> message.append(System.lineSeparator()).append(e));
      if (errors.size() > 50) {
        message.append(System.lineSeparator()).append("... and ").append(errors.size() - 50).append(" more");
      }
      message.append(System.lineSeparator()).append("Reports: ").append(reportsDirectory);
      throw new MojoFailureException(message.toString());
    }
  }

  private Instant verifyTime() throws MojoFailureException {
    if ("clock".equals(now)) {
      return Instant.now();
    }
    try {
      return Instant.parse(now);
    } catch (java.time.format.DateTimeParseException e) {
      throw new MojoFailureException("datapact.verify.now: '" + now
          + "' is neither an ISO instant such as 2026-01-01T12:00:00Z nor 'clock'");
    }
  }
}
