package io.datapact.generator.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.DialectCases;
import io.datapact.model.LogicalType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every engine must accept of its dialect: every type, every quoted name and value, unchanged.
 * One subclass per engine provides the connection and how the engine reports a column's type.
 */
abstract class EngineDialectTestBase {
  /** The dialect under test. */
  abstract Dialect dialect();

  /** An open connection to the engine, shared by the class. */
  abstract Connection connection();

  /** The schema test tables go to. */
  abstract String schema();

  /** A query with one parameter, the table name, returning the type of its column {@code value}. */
  abstract String reportedTypeQuery();

  /** The type the engine reports for a case. */
  abstract String reported(DialectCases.TypeCase c);

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.datapact.generator.sql.DialectCases#types")
  void everyTypeCreatesAColumnOfThatType(DialectCases.TypeCase c) throws SQLException {
    String table = dialect().qualified(schema(), "type " + c.logical());
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE TABLE " + table + " (" + dialect().quote("value") + " " + dialect().type(c.type()) + ")");
      s.execute("INSERT INTO " + table + " VALUES (NULL)");
    }
    try (PreparedStatement p = connection().prepareStatement(reportedTypeQuery())) {
      p.setString(1, "type " + c.logical());
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(reported(c));
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void everyTypeFitsInOneTable() throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE all_types (");
    for (int i = 0; i < DialectCases.TYPES.size(); i++) {
      ddl.append(i == 0 ? "" : ", ").append(dialect().quote(DialectCases.TYPES.get(i).logical()))
          .append(' ').append(dialect().type(DialectCases.TYPES.get(i).type()));
    }
    try (Statement s = connection().createStatement()) {
      s.execute(ddl.append(')').toString());
      try (ResultSet rs = s.executeQuery(
          "SELECT count(*) FROM information_schema.columns WHERE table_name = 'all_types'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(DialectCases.TYPES.size());
      }
    }
  }

  /**
   * Rows whose texts differ only in where NULL, an empty text, a separator or a quote sits must
   * hash differently; the same texts hash the same. Each row is two texts, NULL written as null.
   */
  @Test
  void rowDigestTellsApartRowsThatOnlyLookAlike() throws SQLException {
    String[][] rows = {
        {null, "x"}, {"", "x"}, {"null", "x"}, {"\\N", "x"}, {"a|b", "c"}, {"a", "b|c"}, {"a,b", "c"},
        {"a", "b,c"}, {"a\"", "b"}, {"a", "\"b"}, {"2:ab", null}, {"ab", null}, {null, null}, {"", ""},
        {"[\"a\",\"b\"]", null}, {"a", "b"}, {"\u00e9", "\u2603"}};
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String[] row : rows) {
      String first = digest(row);
      assertThat(digest(row)).as("same texts again").isEqualTo(first);
      assertThat(seen.add(first)).as(java.util.Arrays.toString(row) + " hashes like an earlier row").isTrue();
    }
  }

  private String digest(String[] texts) throws SQLException {
    java.util.List<String> exprs = java.util.Arrays.stream(texts)
        .map(t -> t == null ? "CAST(NULL AS " + dialect().stringType() + ")" : dialect().literal(t)).toList();
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT " + dialect().rowDigest(exprs))) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  @ParameterizedTest
  @MethodSource("io.datapact.generator.sql.DialectCases#awkward")
  void literalAndIdentifierRoundTrip(String text) throws SQLException {
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT " + dialect().literal(text) + " AS " + dialect().quote(text))) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(text);
      assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo(text);
      assertThat(rs.next()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("io.datapact.generator.sql.DialectCases#awkward")
  void awkwardNamesWorkAsSchemaAndTable(String text) throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE SCHEMA " + dialect().quote(text));
      s.execute("CREATE TABLE " + dialect().qualified(text, text) + " (" + dialect().quote(text) + " " + dialect().stringType() + ")");
      s.execute("INSERT INTO " + dialect().qualified(text, text) + " VALUES (" + dialect().literal(text) + ")");
      try (ResultSet rs = s.executeQuery("SELECT " + dialect().quote(text) + " FROM " + dialect().qualified(text, text))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(text);
      }
      s.execute("DROP SCHEMA " + dialect().quote(text) + " CASCADE");
    }
  }

  @Test
  void intervalAddsTheDuration() throws SQLException {
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(TIMESTAMP '2026-01-01 00:00:00' + "
            + dialect().interval(Duration.ofDays(3).plusHours(2).plusSeconds(5)) + " AS " + dialect().stringType() + ")")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2026-01-04 02:00:05");
    }
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "xabcx|abc|true", "xabcx|^abc$|false", "CLM-00000001|^CLM-[0-9]{8}$|true", "CLM-0000001|^CLM-[0-9]{8}$|false",
      "1.2.3|^[0-9]+\\.[0-9]+\\.[0-9]+$|true", "1x2x3|^[0-9]+\\.[0-9]+\\.[0-9]+$|false", "it's|'|true"})
  void regexMatchSearchesTheWholeString(String subject, String pattern, boolean expected) throws SQLException {
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(
        "SELECT " + dialect().regexMatch(dialect().literal(subject), dialect().literal(pattern)))) {
      rs.next();
      assertThat(rs.getBoolean(1)).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "2026-01-31|date|2026-01-31", "2026-01-31 08:30:00|timestamp|2026-01-31 08:30:00",
      "2024-01-01 00:00:00+00:00|timestamptz|2024-01-01 00:00:00",
      "3f2b8c1e-6d4a-4e8b-9c2d-1a2b3c4d5e6f|uuid|3f2b8c1e-6d4a-4e8b-9c2d-1a2b3c4d5e6f"})
  void typedLiteralReadsTheTextAsTheType(String text, String type, String expected) throws SQLException {
    LogicalType t = LogicalType.parse(type);
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(
        "SELECT " + dialect().text(dialect().typedLiteral(text, t), t))) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(expected);
    }
  }

  @Test
  void nowIsTheClockZonedAndInUtc() throws SQLException {
    try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery("SELECT "
        + dialect().now(true) + " - " + dialect().now(false) + " < " + dialect().interval(Duration.ofDays(2)))) {
      rs.next();
      assertThat(rs.getObject(1)).isNotNull();
    }
  }
}
