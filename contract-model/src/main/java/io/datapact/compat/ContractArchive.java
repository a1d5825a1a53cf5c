package io.datapact.compat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The contracts archive a project attaches when it packages; the next release's compat baseline.
 * Entries are the contract files by their path below the contracts folder, sorted, with one fixed
 * time, so that the same contracts always give the same bytes.
 */
public final class ContractArchive {
  /** The time every entry carries. */
  private static final FileTime FIXED = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

  private ContractArchive() {}

  /** Writes every contract file below {@code contractsDir} into {@code zip}; returns how many. */
  public static int write(Path contractsDir, List<Path> files, Path zip) throws IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream archive = new ZipOutputStream(out)) {
      for (Path file : files.stream().sorted().toList()) {
        ZipEntry entry = new ZipEntry(contractsDir.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(FIXED);
        entry.setCreationTime(FIXED);
        entry.setLastAccessTime(FIXED);
        archive.putNextEntry(entry);
        archive.write(Files.readAllBytes(file));
        archive.closeEntry();
      }
    }
    Files.move(partial, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return files.size();
  }
}
