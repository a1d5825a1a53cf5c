package io.datapact.generator.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.DialectCases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL executes every type and every quoted name and value the dialect writes, unchanged. */
class PostgresDialectTest extends EngineDialectTestBase {
  private static final Dialect D = new PostgresDialect();
  private static EmbeddedPostgres pg;
  private static Connection db;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = EmbeddedPostgres.start();
    db = pg.getPostgresDatabase().getConnection();
  }

  @AfterAll
  static void stop() throws IOException, SQLException {
    db.close();
    pg.close();
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
    return "public";
  }

  @Override
  String reportedTypeQuery() {
    return "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid"
        + " WHERE t.relname = ? AND a.attname = 'value'";
  }

  @Override
  String reported(DialectCases.TypeCase c) {
    return c.postgresReported();
  }

  @Test
  void literalsAreReadAsStandardConformingStrings() throws SQLException {
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery("SHOW standard_conforming_strings")) {
      rs.next();
      assertThat(rs.getString(1)).as("literal() relies on it").isEqualTo("on");
    }
  }

}
