package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.output.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of the plugin's class path makes `generate` run again although the plugin version is the same. */
class GenerateFingerprintTest {
  @TempDir
  Path dir;

  private static Artifact artifact(String id, String version, Path file) {
    Artifact a = new DefaultArtifact("io.datapact", id, version, "runtime", "jar", null, new DefaultArtifactHandler("jar"));
    a.setFile(file == null ? null : file.toFile());
    return a;
  }

  private static String fingerprint(List<Artifact> classPath) throws IOException {
    Fingerprint f = new Fingerprint().add("plugin", "0.1.0-SNAPSHOT");
    GenerateMojo.addSnapshots(f, classPath);
    return f.hex();
  }

  @Test
  void aRebuiltSnapshotJarChangesTheFingerprintAReleasedOneDoesNot() throws IOException {
    Path templates = Files.writeString(dir.resolve("templates.jar"), "templates v1");
    Path released = Files.writeString(dir.resolve("jackson.jar"), "jackson");
    List<Artifact> classPath = List.of(artifact("datapact-templates", "0.1.0-SNAPSHOT", templates),
        artifact("jackson-core", "2.20.0", released));
    String before = fingerprint(classPath);
    assertThat(fingerprint(classPath)).as("nothing changed").isEqualTo(before);

    Files.setLastModifiedTime(released, FileTime.fromMillis(1_000));
    Files.writeString(released, "jackson, other bytes");
    assertThat(fingerprint(classPath)).as("a released jar is covered by its version").isEqualTo(before);

    Files.setLastModifiedTime(templates, FileTime.fromMillis(Files.getLastModifiedTime(templates).toMillis() + 2_000));
    assertThat(fingerprint(classPath)).as("the snapshot jar was rebuilt").isNotEqualTo(before);
  }

  @Test
  void aClassFolderCountsByItsContent() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/io/datapact/templates"));
    Path template = Files.writeString(classes.resolve("fact.sql.ftl"), "SELECT 1");
    List<Artifact> classPath = List.of(artifact("datapact-templates", "0.1.0-SNAPSHOT", dir.resolve("classes")),
        artifact("generator", "0.1.0-SNAPSHOT", null));
    String before = fingerprint(classPath);
    Files.writeString(template, "SELECT 2");
    assertThat(fingerprint(classPath)).isNotEqualTo(before);
  }
}
