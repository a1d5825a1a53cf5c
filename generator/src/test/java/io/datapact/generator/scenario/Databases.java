package io.datapact.generator.scenario;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh, empty databases for scenarios: an in-memory DuckDB, or a new database on one embedded
 * PostgreSQL server shared by a test class.
 *
 * <pre>{@code
 * static Databases databases;
 * @BeforeAll static void start() throws IOException { databases = Databases.start(); }
 * @AfterAll static void stop() throws IOException { databases.close(); }
 * try (Connection c = databases.open(Engine.POSTGRES)) { ... }
 * }</pre>
 *
 * <p>Sessions start in UTC; {@link #setTimeZone} changes that.
 */
final class Databases implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private int created;

  private Databases(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts the PostgreSQL server; DuckDB needs nothing. */
  static Databases start() throws IOException {
    return new Databases(EmbeddedPostgres.start());
  }

  /** A connection to a new, empty database of the engine. */
  Connection open(Engine engine) throws SQLException {
    Connection connection = switch (engine) {
      case DUCKDB -> DriverManager.getConnection("jdbc:duckdb:");
      case POSTGRES -> newPostgresDatabase();
    };
    setTimeZone(connection, engine, "UTC");
    return connection;
  }

  /** Sets the session time zone, an IANA name such as {@code Asia/Kolkata}. */
  static void setTimeZone(Connection connection, Engine engine, String zone) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute((engine == Engine.DUCKDB ? "SET TimeZone = '" : "SET TIME ZONE '") + zone + "'");
    }
  }

  private Connection newPostgresDatabase() throws SQLException {
    String name = "scenario_" + (++created);
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name).getConnection();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
