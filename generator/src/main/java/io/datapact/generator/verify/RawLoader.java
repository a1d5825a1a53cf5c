package io.datapact.generator.verify;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Loads rows into a contract's raw table with the audit columns filled in.
 *
 * <pre>{@code
 * RawLoader loader = new RawLoader(connection, Dialects.byName("duckdb"));
 * loader.load(data.batch(contract, 1), catalog.names(contract).raw(), Instant.parse("2025-01-01T02:00:00Z"));
 * }</pre>
 *
 * <p>On DuckDB the rows go through DuckDB's appender (a million rows in a few seconds); on other
 * engines through JDBC batches of {@value #BATCH} rows, every value cast to the column's type. Rows hold the fields in order, as Java values ({@link SyntheticData} describes them).
 */
public final class RawLoader {
  private static final int BATCH = 5_000;
  /** {@code _source_file} of synthetic rows. */
  public static final String SYNTHETIC = "synthetic";

  private final Connection connection;
  private final Dialect dialect;

  public RawLoader(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** Loads a synthetic batch: {@code _batch_id} is {@code batch-<n>}, {@code _source_file} {@value #SYNTHETIC}. */
  public long load(SyntheticBatch batch, Relation table, Instant loadedAt) throws SQLException {
    return load(table, batch.fields(), batch, new RawAudit(loadedAt, batch.id(), SYNTHETIC));
  }

  /**
   * Loads rows of {@code fields} into {@code table}; returns the number of rows. The load is one
   * transaction (all rows or none), unless the caller has one open, which it then joins.
   */
  public long load(Relation table, List<Field> fields, Iterable<Object[]> rows, RawAudit audit) throws SQLException {
    boolean duckDb = isDuckDb();
    return atomically(() -> duckDb ? DuckDbAppend.load(connection, table, fields, rows, audit)
        : batches(table, fields, rows, audit));
  }

  /** Work on the connection that returns a count. */
  @FunctionalInterface
  private interface Work {
    long run() throws SQLException;
  }

  private long atomically(Work work) throws SQLException {
    if (!connection.getAutoCommit()) {
      return work.run();
    }
    connection.setAutoCommit(false);
    try {
      long n = work.run();
      connection.commit();
      return n;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private boolean isDuckDb() throws SQLException {
    try {
      return connection.isWrapperFor(Class.forName("org.duckdb.DuckDBConnection"));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private long batches(Relation table, List<Field> fields, Iterable<Object[]> rows, RawAudit audit) throws SQLException {
    RawColumns.sources(connection, table, fields); // the same checks as the fast path
    long n = 0;
    try (PreparedStatement insert = connection.prepareStatement(insertSql(table, fields))) {
      LocalDateTime loadedAt = audit.loadedAtUtc();
      for (Object[] row : rows) {
        for (int f = 0; f < fields.size(); f++) {
          insert.setObject(f + 1, bindable(fields.get(f).logicalType(), row[f]));
        }
        insert.setObject(fields.size() + 1, loadedAt);
        insert.setString(fields.size() + 2, audit.batchId());
        insert.setString(fields.size() + 3, audit.sourceFile());
        insert.setLong(fields.size() + 4, ++n);
        insert.addBatch();
        if (n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return n;
  }

  private String insertSql(Relation table, List<Field> fields) {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Field f : fields) {
      columns.add(dialect.quote(f.rawName()));
      values.add("CAST(? AS " + dialect.type(f.logicalType()) + ")");
    }
    for (String audit : io.datapact.generator.sql.ContractSql.AUDIT) {
      columns.add(dialect.quote(audit));
      values.add("?");
    }
    return "INSERT INTO " + dialect.qualified(table.schema(), table.name()) + " (" + String.join(", ", columns)
        + ") VALUES (" + String.join(", ", values) + ")";
  }

  /** JSON as text, lists as SQL arrays; everything else binds as it is. */
  private Object bindable(LogicalType type, Object value) throws SQLException {
    if (value instanceof Collection<?> list) {
      return connection.createArrayOf(arrayElementType(type.element()), list.toArray());
    }
    return value;
  }

  /** The SQL type name of list elements for {@code Connection.createArrayOf}. */
  public static String arrayElementType(LogicalType element) {
    return switch (element.base()) {
      case STRING -> "varchar";
      case INTEGER -> "integer";
      case LONG -> "bigint";
      case DECIMAL -> "numeric";
      case DOUBLE -> "float8";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
      case TIMESTAMPTZ -> "timestamptz";
      case UUID -> "uuid";
      case JSON, LIST -> "text";
    };
  }
}
