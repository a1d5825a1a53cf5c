package io.datapact.maven;

import io.datapact.compat.Acceptances;
import io.datapact.compat.Baseline;
import io.datapact.compat.CompatCheck;
import io.datapact.compat.CompatResult;
import io.datapact.compat.RuleTable;
import io.datapact.model.Contract;
import io.datapact.validate.LoadedContract;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Finds the contracts a goal compares with: a folder, a git ref, or (the default) the previous
 * release of the contracts archive in the Maven repository. A missing baseline is a warning on a
 * first release and an error when the build is offline or {@code requireBaseline} is set.
 */
abstract class AbstractBaselineMojo extends AbstractDatapactMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  protected RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  protected List<RemoteRepository> remoteRepositories;

  @Component
  protected RepositorySystem repositorySystem;

  /**
   * A folder of baseline contracts; wins over the other baselines.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.baselineDirectory")
  protected File baselineDirectory;

  /**
   * A git ref to read the baseline contracts from (same folder, read with JGit), such as {@code origin/main}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.baselineGitRef")
  protected String baselineGitRef;

  /**
   * With a git ref: compare with the merge base of {@code HEAD} and the ref (what a pull request
   * changes) rather than with the ref itself.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.mergeBase", defaultValue = "true")
  protected boolean mergeBase;

  /**
   * The baseline archive's coordinates, {@code groupId:artifactId[:version]}; by default this
   * project's, at the highest release below the project version.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.baselineArtifact")
  protected String baselineArtifact;

  /**
   * Fails when no baseline is found instead of warning that this is a first release.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.requireBaseline", defaultValue = "false")
  protected boolean requireBaseline;

  /**
   * The acceptances file: known breaks accepted with a justification, each for one contract version.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.acceptedChanges", defaultValue = "${project.basedir}/datapact-accepted.yaml")
  protected File acceptedChanges;

  /**
   * The day deprecation removal dates are judged against, {@code YYYY-MM-DD}; today (UTC) when unset.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.compat.today")
  protected String today;

  /** One comparison: the validated current contracts, the baseline and the judged changes. */
  protected record Comparison(List<Contract> current, Baseline baseline, CompatResult result) {}

  /**
   * Validates the contracts (failing on errors), finds the baseline and judges every change;
   * empty on a first release, after a warning.
   */
  protected Optional<Comparison> compareWithBaseline() throws MojoFailureException {
    List<Contract> current = validateContracts().contracts().stream().map(LoadedContract::contract).toList();
    Optional<Baseline> baseline = baseline();
    if (baseline.isEmpty()) {
      return Optional.empty();
    }
    baseline.get().problems().forEach(p -> getLog().warn("datapact compat: baseline: " + p));
    return Optional.of(new Comparison(current, baseline.get(), compare(baseline.get(), current)));
  }

  /** Compares the current contracts with the baseline and judges every change. */
  private CompatResult compare(Baseline baseline, List<Contract> current) throws MojoFailureException {
    try {
      return new CompatCheck(RuleTable.standard(), day()).check(baseline.contracts(), current,
          Acceptances.read(acceptedChanges.toPath(), display(acceptedChanges)));
    } catch (Acceptances.InvalidAcceptancesException e) {
      throw new MojoFailureException("datapact compat: " + e.getMessage());
    }
  }

  private LocalDate day() throws MojoFailureException {
    if (today == null || today.isBlank()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(today.trim());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException("datapact.compat.today: '" + today + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  /** The baseline, or empty after a warning on a first release; fails when one is required. */
  protected Optional<Baseline> baseline() throws MojoFailureException {
    if (baselineDirectory != null) {
      if (!baselineDirectory.isDirectory()) {
        throw new MojoFailureException("datapact compat: baseline folder " + baselineDirectory + " does not exist");
      }
      return Optional.of(Baseline.fromDirectory(baselineDirectory.toPath(), display(baselineDirectory)));
    }
    if (baselineGitRef != null && !baselineGitRef.isBlank()) {
      try {
        return Optional.of(GitBaseline.read(contractsDirectory.toPath(), baselineGitRef.trim(), mergeBase));
      } catch (GitBaseline.GitBaselineException e) {
        throw new MojoFailureException("datapact compat: " + e.getMessage());
      }
    }
    return fromRepository();
  }

  private Optional<Baseline> fromRepository() throws MojoFailureException {
    String[] parts = baselineArtifact == null || baselineArtifact.isBlank()
        ? new String[] {project.getGroupId(), project.getArtifactId()}
        : baselineArtifact.trim().split(":");
    if (parts.length < 2 || parts.length > 3) {
      throw new MojoFailureException("datapact.compat.baselineArtifact: '" + baselineArtifact
          + "' is not groupId:artifactId[:version]");
    }
    ArtifactBaseline artifacts = new ArtifactBaseline(repositorySystem, repositorySession, remoteRepositories);
    try {
      Optional<String> version = parts.length == 3
          ? Optional.of(parts[2])
          : artifacts.previousRelease(parts[0], parts[1], project.getVersion());
      if (version.isEmpty()) {
        return missing(parts[0] + ":" + parts[1]);
      }
      ArtifactBaseline.Resolved resolved = artifacts.resolve(parts[0], parts[1], version.get());
      return Optional.of(Baseline.fromZip(resolved.file(), resolved.coordinates()));
    } catch (ArtifactBaseline.ResolutionException e) {
      throw new MojoFailureException("datapact compat: " + e.getMessage());
    }
  }

  private Optional<Baseline> missing(String coordinates) throws MojoFailureException {
    String what = "no release of " + coordinates + ":" + ArtifactBaseline.TYPE + ":" + ArtifactBaseline.CLASSIFIER
        + " below " + project.getVersion() + " found";
    if (repositorySession.isOffline()) {
      throw new MojoFailureException("datapact compat: " + what + " and the build is offline, so the repository"
          + " could not be asked; build online or name a baseline (datapact.compat.baselineDirectory,"
          + " baselineGitRef or baselineArtifact)");
    }
    if (requireBaseline) {
      throw new MojoFailureException("datapact compat: " + what + " and datapact.compat.requireBaseline is set");
    }
    getLog().warn("datapact compat: " + what + "; treating this as the first release, nothing compared");
    return Optional.empty();
  }

  /** A path as shown in messages: relative to the project when below it. */
  protected String display(File file) {
    java.nio.file.Path base = baseDirectory.toPath().toAbsolutePath().normalize();
    java.nio.file.Path path = file.toPath().toAbsolutePath().normalize();
    return (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
  }
}
