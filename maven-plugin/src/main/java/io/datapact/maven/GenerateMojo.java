package io.datapact.maven;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.java.JavaGenerator;
import io.datapact.generator.output.Fingerprint;
import io.datapact.generator.output.OutputWriter;
import io.datapact.generator.output.UpToDateCheck;
import io.datapact.generator.sql.Dialect;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Validates the contracts and generates the pipeline SQL per dialect and {@code pipeline.json}.
 * Nothing is written when a contract is invalid; when no input changed, nothing is regenerated.
 *
 * <pre>{@code mvn generate-sources -Ddatapact.dialects=duckdb,postgres}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractDatapactMojo {
  /**
   * The SQL dialects to generate: {@code duckdb}, {@code postgres}, and {@code snowflake} (security
   * policies and grants only).
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.dialects", defaultValue = "duckdb")
  private List<String> dialects;

  /**
   * The environment generated for: {@code dev} masks every PII field for every role (development
   * copies never show raw personal data); any other value follows the contracts' access.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.environment", defaultValue = "prod")
  private String environment;

  /**
   * Where the SQL files and {@code pipeline.json} are written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.outputDirectory",
      defaultValue = "${project.build.directory}/generated-resources/datapact")
  private File outputDirectory;

  /**
   * Skips generation only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  /**
   * Whether to generate Java records and loaders for producers (see {@code docs/java.md}) into
   * {@link #javaOutputDirectory}, which becomes a compile source root. The project then needs the
   * JDBC driver of each dialect on its compile class path.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.java", defaultValue = "false")
  private boolean generateJava;

  /**
   * The base package of generated Java: each contract's types go into {@code <javaPackage>.<domain>},
   * shared types into {@code javaPackage} itself.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.javaPackage", defaultValue = "${project.groupId}.contracts")
  private String javaPackage;

  /**
   * Where generated Java sources are written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.javaOutputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/datapact")
  private File javaOutputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where fingerprints of past runs are kept. */
  @Parameter(defaultValue = "${project.build.directory}/datapact", readonly = true, required = true)
  private File stateDirectory;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(skipGenerate, "generate")) {
      return;
    }
    List<Dialect> chosen = chosenDialects();
    if (generateJava) {
      project.addCompileSourceRoot(javaOutputDirectory.getAbsolutePath());
    }
    try {
      Path out = outputDirectory.toPath();
      Path fingerprintFile = stateDirectory.toPath().resolve("generate-" + execution.getExecutionId() + ".sha256");
      String fingerprint = fingerprint(chosen);
      UpToDateCheck upToDate = new UpToDateCheck(fingerprintFile, out);
      if (upToDate.upToDate(fingerprint)) {
        getLog().info("datapact: generated files are up to date");
        return;
      }
      ValidationReport report = validateContracts();
      GeneratedFiles files = new Generator(chosen, templateDirectory.toPath(), "dev".equals(environment))
          .generate(report.contracts().stream().map(LoadedContract::contract).toList());
      files.unsupported().forEach(u -> getLog().warn("datapact: " + u));
      OutputWriter.Result result = new OutputWriter(out).write(files.files());
      if (generateJava) {
        writeJava(chosen, report);
      }
      upToDate.record(fingerprint);
      getLog().info("datapact: " + files.files().size() + " files for " + String.join(", ", dialects) + " ("
          + result + ") in " + out);
    } catch (IOException e) {
      throw new MojoExecutionException("datapact could not write generated files: " + e.getMessage()
          + ". Check that the output folder is writable.", e);
    } catch (IllegalStateException e) {
      throw new MojoExecutionException("datapact could not render a template: " + e.getMessage()
          + ". If you override templates, check " + templateDirectory, e);
    }
  }

  private void writeJava(List<Dialect> chosen, ValidationReport report) throws IOException, MojoFailureException {
    JavaGenerator java;
    try {
      java = new JavaGenerator(chosen, javaPackage);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("datapact.javaPackage: " + e.getMessage());
    }
    SortedMap<String, String> sources = java.generate(report.contracts().stream().map(LoadedContract::contract).toList());
    OutputWriter.Result result = new OutputWriter(javaOutputDirectory.toPath()).write(sources);
    getLog().info("datapact: " + sources.size() + " Java sources in package " + javaPackage + " (" + result + ") in "
        + javaOutputDirectory);
  }

  private List<Dialect> chosenDialects() throws MojoFailureException {
    return dialectsNamed(dialects);
  }

  private String fingerprint(List<Dialect> chosen) throws IOException {
    Fingerprint fingerprint = new Fingerprint().add("plugin", plugin.getVersion());
    List<Artifact> classPath = new ArrayList<>();
    if (plugin.getPluginArtifact() != null) {
      classPath.add(plugin.getPluginArtifact());
    }
    if (plugin.getArtifacts() != null) {
      classPath.addAll(plugin.getArtifacts());
    }
    addSnapshots(fingerprint, classPath);
    return fingerprint
        .add("execution", execution.getExecutionId())
        .add("dialects", chosen.toString())
        .add("environment", String.valueOf(environment))
        .add("maxFileBytes", String.valueOf(maxFileBytes))
        .add("failOnWarning", String.valueOf(failOnWarning))
        .add("output", outputDirectory.getAbsolutePath())
        .add("java", generateJava ? javaPackage + " " + javaOutputDirectory.getAbsolutePath() : "off")
        .addTree("contracts", contractsDirectory.toPath())
        .addTree("templates", templateDirectory.toPath())
        .hex();
  }

  /**
   * Adds the snapshot artifacts of a class path. A snapshot changes without a version change, and
   * so do the generator and the built-in templates the plugin depends on: the size and time of each
   * snapshot jar stand in for its content (a class folder, as in a reactor build to {@code compile},
   * is hashed). Released artifacts are covered by the version.
   */
  static void addSnapshots(Fingerprint fingerprint, List<Artifact> classPath) throws IOException {
    for (Artifact artifact : classPath) {
      File file = artifact.getFile();
      if (!artifact.isSnapshot() || file == null) {
        continue;
      }
      if (file.isDirectory()) {
        fingerprint.addTree(artifact.getArtifactId(), file.toPath());
      } else {
        fingerprint.add(artifact.getArtifactId(), file.length() + " " + file.lastModified());
      }
    }
  }
}
