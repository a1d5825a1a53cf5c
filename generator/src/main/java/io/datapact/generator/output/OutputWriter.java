package io.datapact.generator.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Writes generated files under a root folder so that unchanged files keep their bytes and
 * timestamps, files of removed contracts disappear, and a crash never leaves a half-written file.
 *
 * <p>A manifest ({@value #MANIFEST}) lists what the last run wrote; files in it that the current
 * run does not produce are deleted. Files the user put in the folder are never touched.
 */
public final class OutputWriter {
  /** The manifest file name, in the root folder. */
  public static final String MANIFEST = ".datapact-files";

  private final Path root;
  /** {@code root.normalize()}, computed once: {@link #resolve} checks every path against it. */
  private final Path normalizedRoot;

  public OutputWriter(Path root) {
    this.root = root;
    this.normalizedRoot = root.normalize();
  }

  /** What a write did. */
  public record Result(int written, int unchanged, int deleted) {
    @Override
    public String toString() {
      return written + " written, " + unchanged + " unchanged, " + deleted + " deleted";
    }
  }

  /** Writes every file whose bytes differ, deletes stale ones, then the manifest. */
  public Result write(SortedMap<String, String> files) throws IOException {
    int written = 0;
    int unchanged = 0;
    for (var entry : files.entrySet()) {
      Path target = resolve(entry.getKey());
      byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged++;
      } else {
        writeAtomically(target, bytes);
        written++;
      }
    }
    int deleted = 0;
    for (String stale : previousManifest()) {
      if (!files.containsKey(stale) && Files.deleteIfExists(resolve(stale))) {
        deleted++;
      }
    }
    byte[] manifest = (String.join("\n", files.keySet()) + "\n").getBytes(StandardCharsets.UTF_8);
    Path manifestFile = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile) || !Arrays.equals(Files.readAllBytes(manifestFile), manifest)) {
      writeAtomically(manifestFile, manifest);
    }
    return new Result(written, unchanged, deleted);
  }

  /**
   * Whether every file of the last run's manifest is still present. This is on the path of every
   * build with nothing to do, so it reads the manifest's lines as they are: an existence check
   * needs neither the sorted, de-duplicated copy that {@link #write} uses, and the manifest is
   * written sorted anyway.
   */
  public boolean complete() throws IOException {
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    for (String file : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (!file.isBlank() && !Files.isRegularFile(resolve(file))) {
        return false;
      }
    }
    return true;
  }

  private List<String> previousManifest() throws IOException {
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8)));
    out.removeIf(String::isBlank);
    return out;
  }

  private Path resolve(String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(normalizedRoot)) {
      throw new IllegalArgumentException("generated path escapes the output folder: " + relative);
    }
    return target;
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".datapact-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
