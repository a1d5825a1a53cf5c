package io.datapact.generator.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides whether a generation can be skipped: the fingerprint of its inputs equals the one
 * recorded after the last successful run, and every file that run wrote is still there.
 */
public final class UpToDateCheck {
  private final Path fingerprintFile;
  private final OutputWriter output;

  /** A check that keeps its fingerprint in {@code fingerprintFile} for outputs under {@code outputRoot}. */
  public UpToDateCheck(Path fingerprintFile, Path outputRoot) {
    this.fingerprintFile = fingerprintFile;
    this.output = new OutputWriter(outputRoot);
  }

  /** True when nothing needs to be generated. */
  public boolean upToDate(String fingerprint) throws IOException {
    return Files.isRegularFile(fingerprintFile)
        && Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint)
        && output.complete();
  }

  /** Records the fingerprint of a run that wrote its outputs completely. */
  public void record(String fingerprint) throws IOException {
    Files.createDirectories(fingerprintFile.getParent());
    Files.writeString(fingerprintFile, fingerprint, StandardCharsets.UTF_8);
  }
}
