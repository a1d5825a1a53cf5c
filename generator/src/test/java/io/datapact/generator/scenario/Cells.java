package io.datapact.generator.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders values of both engines as the same text, so that one expected file serves both:
 * timestamps {@code yyyy-MM-dd HH:mm:ss[.SSS]} (zoned ones in UTC with a trailing {@code Z}),
 * decimals plain, booleans {@code true}/{@code false}, lists {@code [a, b]}, JSON with sorted keys,
 * NULL as null.
 */
final class Cells {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private Cells() {}

  /** Every row of the result set, rendered; the header is not included. */
  static List<List<String>> rows(ResultSet rs) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<String> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(cell(rs, i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The column names of a result set. */
  static List<String> header(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      names.add(md.getColumnLabel(i));
    }
    return names;
  }

  /** One value, rendered. */
  static String cell(ResultSet rs, int column) throws SQLException {
    String type = rs.getMetaData().getColumnTypeName(column).toLowerCase(Locale.ROOT);
    if (rs.getObject(column) == null) {
      return null;
    }
    if (type.equals("timestamptz") || type.contains("with time zone")) {
      OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
      return timestamp(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "Z";
    }
    if (type.equals("timestamp") || type.startsWith("timestamp(")) {
      return timestamp(rs.getObject(column, LocalDateTime.class));
    }
    if (type.equals("date")) {
      return rs.getObject(column, LocalDate.class).toString();
    }
    if (type.equals("json") || type.equals("jsonb")) {
      return json(rs.getString(column));
    }
    Object value = rs.getObject(column);
    if (value instanceof Array array) {
      List<String> elements = new ArrayList<>();
      for (Object e : (Object[]) array.getArray()) {
        elements.add(String.valueOf(e));
      }
      return "[" + String.join(", ", elements) + "]";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
    }
    return value.toString();
  }

  /** {@code yyyy-MM-dd HH:mm:ss}, with milliseconds only when there are any. */
  static String timestamp(LocalDateTime t) {
    return t.getNano() == 0 ? SECONDS.format(t) : MILLIS.format(t);
  }

  private static String json(String text) {
    try {
      Object tree = JSON.readValue(text, Object.class);
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
