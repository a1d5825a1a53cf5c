package io.datapact.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds and downloads a released contracts archive with the Maven resolver: the highest
 * non-SNAPSHOT version below the current one (as japicmp and revapi pick their baseline), or a
 * version given.
 */
final class ArtifactBaseline {
  /** The classifier and type the contracts archive is attached with. */
  static final String CLASSIFIER = "contracts";
  static final String TYPE = "zip";

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ArtifactBaseline(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  /** Thrown when a version was found or given but cannot be resolved. */
  static final class ResolutionException extends Exception {
    private static final long serialVersionUID = 1L;

    ResolutionException(String message) {
      super(message);
    }
  }

  /** A resolved archive and the coordinates it was resolved from. */
  record Resolved(String coordinates, Path file) {}

  /** The highest release of {@code groupId:artifactId} below {@code current}, if any. */
  Optional<String> previousRelease(String groupId, String artifactId, String current) throws ResolutionException {
    Artifact range = new DefaultArtifact(groupId, artifactId, CLASSIFIER, TYPE, "[0," + current + ")");
    try {
      VersionRangeResult result = system.resolveVersionRange(session,
          new VersionRangeRequest(range, repositories, "datapact-compat"));
      List<Version> versions = result.getVersions();
      for (int i = versions.size() - 1; i >= 0; i--) {
        String version = versions.get(i).toString();
        if (!version.endsWith("-SNAPSHOT") && !version.equals(current)) {
          return Optional.of(version);
        }
      }
      return Optional.empty();
    } catch (VersionRangeResolutionException e) {
      throw new ResolutionException("cannot list the versions of " + groupId + ":" + artifactId + ": "
          + e.getMessage());
    }
  }

  /** Downloads (or finds locally) the archive of one version. */
  Resolved resolve(String groupId, String artifactId, String version) throws ResolutionException {
    Artifact artifact = new DefaultArtifact(groupId, artifactId, CLASSIFIER, TYPE, version);
    try {
      Artifact found = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, "datapact-compat"))
          .getArtifact();
      return new Resolved(found.toString(), found.getFile().toPath());
    } catch (ArtifactResolutionException e) {
      throw new ResolutionException("cannot resolve the baseline " + artifact + ": " + e.getMessage());
    }
  }
}
