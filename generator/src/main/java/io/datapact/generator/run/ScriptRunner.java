package io.datapact.generator.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs generated SQL files statement by statement over JDBC; a failing statement rolls back an
 * open transaction and is reported with the file and its first line.
 */
public final class ScriptRunner {
  private final Connection connection;

  public ScriptRunner(Connection connection) {
    this.connection = connection;
  }

  /** Runs every statement of {@code script}; {@code name} identifies it in errors. */
  public void run(String name, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : SqlScript.split(script)) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          rollbackQuietly();
          throw new SQLException(name + ": " + e.getMessage().strip() + "\n  in statement: " + firstLine(sql),
              e.getSQLState(), e);
        }
      }
    }
  }

  /** Rolls back on a new statement: DuckDB closes the statement that failed. */
  private void rollbackQuietly() {
    try (Statement rollback = connection.createStatement()) {
      rollback.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction was open
    }
  }

  private static String firstLine(String sql) {
    int newline = sql.indexOf('\n');
    return newline < 0 ? sql : sql.substring(0, newline) + " ...";
  }
}
