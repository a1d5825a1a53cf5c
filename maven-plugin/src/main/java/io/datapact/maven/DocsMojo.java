package io.datapact.maven;

import io.datapact.generator.output.OutputWriter;
import io.datapact.generator.site.DocsSite;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the contracts and writes a static documentation site: an index, one page per contract
 * version (fields, types, PII, SLAs, generated data checks, owner, versions), the lineage of the
 * pipeline as SVG, and a search box. Open {@code index.html} from disk; the site needs no server
 * and loads nothing from the network. Bound to {@code package} when listed in an execution; from
 * the command line:
 *
 * <pre>{@code mvn datapact:docs}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractDatapactMojo {
  /**
   * Where the site is written; files of contracts that are gone are removed, unchanged files keep
   * their time stamps.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.docs.outputDirectory", defaultValue = "${project.build.directory}/datapact-site")
  private File siteDirectory;

  /**
   * Skips the documentation site only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.docs.skip", defaultValue = "false")
  private boolean skipDocs;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(skipDocs, "docs")) {
      return;
    }
    ValidationReport report = validateContracts();
    Path out = siteDirectory.toPath();
    try {
      SortedMap<String, String> files = new DocsSite(templateDirectory.toPath())
          .render(report.contracts().stream().map(LoadedContract::contract).toList());
      OutputWriter.Result result = new OutputWriter(out).write(files);
      int versions = report.contracts().size();
      getLog().info("datapact: documentation site of " + versions + " contract version" + (versions == 1 ? "" : "s")
          + " (" + result + "): " + out.resolve("index.html"));
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("datapact could not read a site template: " + e.getMessage()
          + ". If you override templates, check " + templateDirectory.toPath().resolve("site"), e);
    } catch (IOException e) {
      throw new MojoExecutionException("datapact could not write the documentation site: " + e.getMessage()
          + ". Check that " + out + " is writable.", e);
    } catch (IllegalStateException e) {
      throw new MojoExecutionException("datapact could not render the documentation site: " + e.getMessage()
          + ". If you override templates, check " + templateDirectory.toPath().resolve("site"), e);
    }
  }
}
