package io.datapact.maven;

import io.datapact.generator.export.DbtExporter;
import io.datapact.generator.export.OdcsExporter;
import io.datapact.generator.output.OutputWriter;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import io.datapact.validate.LoadedContract;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the contracts and exports them: {@code dbt} writes a dbt project (sources, staging
 * models, marts, SCD2 snapshots, tests), {@code odcs} one Open Data Contract Standard v3.1 file
 * per contract. Files are written only when their content changed.
 *
 * <pre>{@code mvn datapact:export -Ddatapact.exportFormats=dbt,odcs}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "export", threadSafe = true)
public class ExportMojo extends AbstractDatapactMojo {
  /**
   * What to export: {@code dbt}, {@code odcs}, or both.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.exportFormats", defaultValue = "dbt,odcs")
  private List<String> exportFormats;

  /**
   * Where exported files go: {@code dbt/} and {@code odcs/} below it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.exportDirectory", defaultValue = "${project.build.directory}/datapact-export")
  private File exportDirectory;

  /**
   * The dbt project and profile name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.dbtProject", defaultValue = "datapact")
  private String dbtProject;

  /**
   * The SQL dialect of the dbt project's models: {@code duckdb} or {@code postgres}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.dbtDialect", defaultValue = "duckdb")
  private String dbtDialect;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    List<Contract> contracts = validateContracts().contracts().stream().map(LoadedContract::contract).toList();
    SortedMap<String, String> files = new TreeMap<>();
    for (String format : exportFormats) {
      switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "dbt" -> {
          DbtExporter.Export dbt = exporter().export(contracts);
          dbt.notExported().forEach(n -> getLog().warn("datapact: not exported to dbt: " + n));
          files.putAll(dbt.files());
        }
        case "odcs" -> files.putAll(OdcsExporter.export(contracts));
        default -> throw new MojoFailureException("datapact.exportFormats: '" + format + "' is not dbt or odcs");
      }
    }
    try {
      OutputWriter.Result result = new OutputWriter(exportDirectory.toPath()).write(files);
      getLog().info("datapact: exported " + contracts.size() + " contracts as " + String.join(", ", exportFormats)
          + " (" + result + ") to " + exportDirectory);
    } catch (IOException e) {
      throw new MojoExecutionException("datapact could not write exported files: " + e.getMessage()
          + ". Check that the export folder is writable.", e);
    }
  }

  private DbtExporter exporter() throws MojoFailureException {
    Dialect dialect = dialect();
    try {
      return new DbtExporter(dialect, dbtProject);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("datapact.dbtProject: " + e.getMessage());
    }
  }

  private Dialect dialect() throws MojoFailureException {
    try {
      return Dialects.byName(dbtDialect.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("datapact.dbtDialect: " + e.getMessage());
    }
  }
}
