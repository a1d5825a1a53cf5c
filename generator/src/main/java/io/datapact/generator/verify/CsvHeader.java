package io.datapact.generator.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The column names of a CSV file: its first line, split at commas outside double quotes. */
final class CsvHeader {
  private CsvHeader() {}

  /** The names; an unreadable file or an empty first line is reported as the SQL error a reader would give. */
  static List<String> read(Path file) throws SQLException {
    String line;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      line = in.readLine();
    } catch (IOException e) {
      throw new SQLException("cannot read the header: " + e.getMessage(), e);
    }
    if (line == null || line.isBlank()) {
      throw new SQLException("the file has no header line");
    }
    return split(line.startsWith("\uFEFF") ? line.substring(1) : line);
  }

  private static List<String> split(String line) {
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        name.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        names.add(name.toString());
        name.setLength(0);
      } else {
        name.append(c);
      }
    }
    names.add(name.toString());
    return names;
  }
}
