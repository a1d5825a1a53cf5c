package io.datapact.generator.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CSV of scenario files: RFC 4180 (commas, double quotes, quotes doubled inside quotes), where
 * an empty unquoted cell is NULL and {@code ""} is the empty string.
 */
final class Csv {
  private Csv() {}

  /** One record with the line it starts on (1-based, the header is line 1). */
  record Record(int line, List<String> cells) {}

  /** The records of {@code text}, header first; cells are null for NULL. */
  static List<Record> parse(String text) {
    List<Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int start = 1;
    int i = 0;
    String s = text.replace("\r\n", "\n");
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        cells.add(value(cell, wasQuoted));
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n') {
        cells.add(value(cell, wasQuoted));
        records.add(new Record(start, nullable(cells)));
        cells.clear();
        cell.setLength(0);
        wasQuoted = false;
        line++;
        start = line;
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote in the record starting on line " + start);
    }
    if (cell.length() > 0 || wasQuoted || !cells.isEmpty()) {
      cells.add(value(cell, wasQuoted));
      records.add(new Record(start, nullable(cells)));
    }
    return records;
  }

  private static String value(StringBuilder cell, boolean quoted) {
    return cell.length() == 0 && !quoted ? null : cell.toString();
  }

  /** An unmodifiable copy that keeps nulls, which {@code List.copyOf} refuses. */
  private static List<String> nullable(List<String> cells) {
    return Collections.unmodifiableList(new ArrayList<>(cells));
  }

  /** A CSV text of the rows, header first, LF line ends; null cells stay empty, "" is quoted. */
  static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(row.get(i)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.isEmpty() || value.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
        || !value.strip().equals(value);
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
