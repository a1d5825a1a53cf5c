package io.datapact.maven;

import io.datapact.compat.ContractArchive;
import io.datapact.validate.ContractValidator;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs the contract files into {@code <finalName>-contracts.zip} and attaches it to the project
 * (classifier {@code contracts}, type {@code zip}), so that installing or deploying a release
 * publishes the baseline the next release's {@code compat} goal compares with.
 *
 * @since 0.1.0
 */
@Mojo(name = "package-contracts", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageContractsMojo extends AbstractDatapactMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Component
  protected MavenProjectHelper projectHelper;

  /**
   * Where the archive is written.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project.build.directory}/${project.build.finalName}-contracts.zip", required = true)
  protected File archive;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    validateContracts();
    try {
      int count = ContractArchive.write(contractsDirectory.toPath(),
          ContractValidator.contractFiles(contractsDirectory.toPath()), archive.toPath());
      getLog().info("datapact: packed " + count + " contract files into " + archive.getName());
    } catch (IOException e) {
      throw new MojoExecutionException("datapact: cannot write " + archive + ": " + e.getMessage(), e);
    }
    projectHelper.attachArtifact(project, ArtifactBaseline.TYPE, ArtifactBaseline.CLASSIFIER, archive);
  }
}
