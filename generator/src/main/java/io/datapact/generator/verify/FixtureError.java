package io.datapact.generator.verify;

import java.nio.file.Path;

/**
 * A fixture file that could not be loaded, said so that a user can fix it: the file, the line
 * (CSV and JSON Lines: the line in the file; Parquet: the row) when known, the column when known.
 *
 * @param file the file, or the folder when the problem is the folder
 * @param line 1-based line or row, or null
 * @param column the raw column, or null
 */
public record FixtureError(Path file, Long line, String column, String message) {
  @Override
  public String toString() {
    return file + (line == null ? "" : ":" + line) + ": " + (column == null ? "" : "column '" + column + "': ") + message;
  }
}
