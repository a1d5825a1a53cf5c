package io.datapact.generator.verify;

import io.datapact.generator.sql.Relation;
import io.datapact.model.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The fast path of {@link RawLoader}: DuckDB's appender, which writes column vectors directly.
 * Only loaded when the connection is DuckDB's, so the driver stays an optional dependency.
 */
final class DuckDbAppend {
  private DuckDbAppend() {}

  /** Appends the rows to the table; returns how many. */
  static long load(Connection connection, Relation table, List<Field> fields, Iterable<Object[]> rows, RawAudit audit)
      throws SQLException {
    return append(connection, table, RawColumns.sources(connection, table, fields), rows, audit);
  }

  private static long append(Connection connection, Relation table, int[] sources, Iterable<Object[]> rows,
      RawAudit audit) throws SQLException {
    LocalDateTime loadedAt = audit.loadedAtUtc();
    long n = 0;
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(table.schema(), table.name())) {
      for (Object[] row : rows) {
        n++;
        appender.beginRow();
        for (int source : sources) {
          switch (source) {
            case RawColumns.LOADED_AT -> appender.append(loadedAt);
            case RawColumns.BATCH_ID -> appender.append(audit.batchId());
            case RawColumns.SOURCE_FILE -> append(appender, audit.sourceFile());
            case RawColumns.SOURCE_ROW -> appender.append(n);
            case RawColumns.NOTHING -> appender.appendNull();
            default -> append(appender, row[source]);
          }
        }
        appender.endRow();
      }
    }
    return n;
  }

  private static void append(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String v) {
      appender.append(v);
    } else if (value instanceof Integer v) {
      appender.append(v.intValue());
    } else if (value instanceof Long v) {
      appender.append(v.longValue());
    } else if (value instanceof BigDecimal v) {
      appender.append(v);
    } else if (value instanceof Double v) {
      appender.append(v.doubleValue());
    } else if (value instanceof Boolean v) {
      appender.append(v.booleanValue());
    } else if (value instanceof LocalDate v) {
      appender.append(v);
    } else if (value instanceof LocalDateTime v) {
      appender.append(v);
    } else if (value instanceof OffsetDateTime v) {
      appender.append(v);
    } else if (value instanceof UUID v) {
      appender.append(v);
    } else if (value instanceof Collection<?> v) {
      appender.append(v);
    } else {
      throw new SQLException("cannot append a " + value.getClass().getName() + " to DuckDB");
    }
  }
}
