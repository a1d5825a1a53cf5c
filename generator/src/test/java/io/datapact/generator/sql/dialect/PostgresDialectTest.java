package io.datapact.generator.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.DialectCases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PostgreSQL executes every type and every quoted name and value the dialect writes, unchanged. */
class PostgresDialectTest {
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.datapact.generator.sql.DialectCases#types")
  void everyTypeCreatesAColumnOfThatType(DialectCases.TypeCase c) throws SQLException {
    String table = D.qualified("public", "type " + c.logical());
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE " + table + " (" + D.quote("value") + " " + D.type(c.type()) + ")");
      s.execute("INSERT INTO " + table + " VALUES (NULL)");
    }
    try (PreparedStatement p = db.prepareStatement("SELECT format_type(a.atttypid, a.atttypmod)"
        + " FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid"
        + " WHERE t.relname = ? AND a.attname = 'value'")) {
      p.setString(1, "type " + c.logical());
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(c.postgresReported());
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void everyTypeFitsInOneTable() throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE all_types (");
    for (int i = 0; i < DialectCases.TYPES.size(); i++) {
      ddl.append(i == 0 ? "" : ", ").append(D.quote(DialectCases.TYPES.get(i).logical()))
          .append(' ').append(D.type(DialectCases.TYPES.get(i).type()));
    }
    try (Statement s = db.createStatement()) {
      s.execute(ddl.append(')').toString());
      try (ResultSet rs = s.executeQuery(
          "SELECT count(*) FROM information_schema.columns WHERE table_name = 'all_types'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(DialectCases.TYPES.size());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.datapact.generator.sql.DialectCases#awkward")
  void literalAndIdentifierRoundTrip(String text) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + D.literal(text) + " AS " + D.quote(text))) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(text);
      assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo(text);
      assertThat(rs.next()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("io.datapact.generator.sql.DialectCases#awkward")
  void awkwardNamesWorkAsSchemaAndTable(String text) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE SCHEMA " + D.quote(text));
      s.execute("CREATE TABLE " + D.qualified(text, text) + " (" + D.quote(text) + " " + D.stringType() + ")");
      s.execute("INSERT INTO " + D.qualified(text, text) + " VALUES (" + D.literal(text) + ")");
      try (ResultSet rs = s.executeQuery("SELECT " + D.quote(text) + " FROM " + D.qualified(text, text))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(text);
      }
      s.execute("DROP SCHEMA " + D.quote(text) + " CASCADE");
    }
  }

  @Test
  void literalsAreReadAsStandardConformingStrings() throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SHOW standard_conforming_strings")) {
      rs.next();
      assertThat(rs.getString(1)).as("literal() relies on it").isEqualTo("on");
    }
  }

  @Test
  void intervalAddsTheDuration() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(TIMESTAMP '2026-01-01 00:00:00' + "
            + D.interval(Duration.ofDays(3).plusHours(2).plusSeconds(5)) + " AS TEXT)")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2026-01-04 02:00:05");
    }
  }
}
