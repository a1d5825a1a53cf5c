package io.datapact.generator.verify;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a DuckDB error while loading a fixture file into a {@link FixtureError}: the line and
 * column DuckDB's CSV and JSON readers name, and for Parquet and JSON a search for the first value
 * that does not cast to its column's type (DuckDB names neither row nor column there).
 */
final class FixtureMessages {
  private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
  private static final Pattern CSV_COLUMN = Pattern.compile("Error when converting column \"([^\"]*)\"\\. (.*)");
  private static final Pattern CSV_COUNT = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
  private static final Pattern JSON_LINE = Pattern.compile("in line (\\d+): (.*)");
  private static final String DIAGNOSE = "dp_fixture_diagnose";

  private FixtureMessages() {}

  /** The error of {@code file} for {@code e}; runs queries on {@code connection}, which must have no failed transaction open. */
  static FixtureError describe(Connection connection, Dialect d, FixtureFile file, SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher csv = CSV_LINE.matcher(message);
    if (file.format() == FixtureFile.Format.CSV && csv.find()) {
      Matcher column = CSV_COLUMN.matcher(message);
      Matcher count = CSV_COUNT.matcher(message);
      long line = Long.parseLong(csv.group(1));
      return column.find() ? new FixtureError(file.file(), line, column.group(1), lowerFirst(column.group(2)))
          : count.find() ? new FixtureError(file.file(), line, null, count.group(2) + " values, the header has " + count.group(1))
          : new FixtureError(file.file(), line, null, firstLine(message));
    }
    FixtureError found = firstBadValue(connection, d, file);
    if (found != null) {
      return found;
    }
    Matcher json = JSON_LINE.matcher(message);
    return json.find() ? new FixtureError(file.file(), Long.parseLong(json.group(1)), null, lowerFirst(json.group(2)))
        : new FixtureError(file.file(), null, null, firstLine(message));
  }

  /** The first row (in file order) holding a value that does not cast to its column's raw type, or null. */
  private static FixtureError firstBadValue(Connection connection, Dialect d, FixtureFile file) {
    if (file.format() == FixtureFile.Format.CSV) {
      return null;
    }
    try (Statement s = connection.createStatement()) {
      List<String> present = file.columns();
      s.execute("CREATE OR REPLACE TEMPORARY TABLE " + d.quote(DIAGNOSE) + " AS SELECT * FROM " + untyped(d, file, present));
      FixtureError first = null;
      for (Field f : file.contract().fields()) {
        if (present.contains(f.rawName())) {
          FixtureError bad = badValue(s, d, file, f);
          first = bad != null && (first == null || bad.line() < first.line()) ? bad : first;
        }
      }
      s.execute("DROP TABLE " + d.quote(DIAGNOSE));
      return first;
    } catch (SQLException ignored) {
      return null; // DuckDB's own message is reported instead
    }
  }

  /** The file read without the contract's types: Parquet as written, JSON values as text. */
  private static String untyped(Dialect d, FixtureFile file, List<String> present) {
    String path = d.literal(file.file().toAbsolutePath().toString());
    if (file.format() == FixtureFile.Format.PARQUET) {
      return "read_parquet(" + path + ")";
    }
    return "read_json(" + path + ", format = 'newline_delimited', columns = "
        + present.stream().map(c -> d.literal(c) + ": 'VARCHAR'").collect(Collectors.joining(", ", "{", "}")) + ")";
  }

  private static FixtureError badValue(Statement s, Dialect d, FixtureFile file, Field f) throws SQLException {
    String column = d.quote(f.rawName());
    String type = d.type(f.logicalType());
    try (ResultSet rs = s.executeQuery("SELECT rowid + 1, CAST(" + column + " AS VARCHAR) FROM " + d.quote(DIAGNOSE)
        + " WHERE " + column + " IS NOT NULL AND TRY_CAST(" + column + " AS " + type + ") IS NULL ORDER BY rowid LIMIT 1")) {
      return rs.next() ? new FixtureError(file.file(), rs.getLong(1), f.rawName(),
          "value '" + rs.getString(2) + "' does not cast to " + type) : null;
    }
  }

  private static String firstLine(String message) {
    String line = message.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }

  private static String lowerFirst(String text) {
    String t = text.strip();
    return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }
}
