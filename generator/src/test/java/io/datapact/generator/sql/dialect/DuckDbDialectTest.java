package io.datapact.generator.sql.dialect;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.DialectCases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** DuckDB executes every type and every quoted name and value the dialect writes, unchanged. */
class DuckDbDialectTest extends EngineDialectTestBase {
  private static final Dialect D = new DuckDbDialect();
  private static Connection db;

  @BeforeAll
  static void open() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Override
  Dialect dialect() {
    return D;
  }

  @Override
  Connection connection() {
    return db;
  }

  @Override
  String schema() {
    return "main";
  }

  @Override
  String reportedTypeQuery() {
    return "SELECT data_type FROM information_schema.columns WHERE table_name = ? AND column_name = 'value'";
  }

  @Override
  String reported(DialectCases.TypeCase c) {
    return c.duckdbReported();
  }
}
