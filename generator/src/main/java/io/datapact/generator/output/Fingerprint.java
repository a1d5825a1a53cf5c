package io.datapact.generator.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over every input of a generation: settings as text and files as path plus bytes.
 * Equal fingerprints mean the outputs would be byte-identical, so the work can be skipped.
 */
public final class Fingerprint {
  private final MessageDigest digest;

  public Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Adds a setting, such as the plugin version or the dialect list. */
  public Fingerprint add(String name, String value) {
    update(name + "=" + value);
    return this;
  }

  /** Adds every regular file below {@code folder} (if it exists), in path order. */
  public Fingerprint addTree(String name, Path folder) throws IOException {
    update("tree " + name);
    if (folder == null || !Files.isDirectory(folder)) {
      return this;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      update("file " + folder.relativize(file).toString().replace('\\', '/') + " " + bytes.length);
      digest.update(bytes);
    }
    return this;
  }

  /** The hex digest; the fingerprint cannot be extended afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void update(String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
