package io.datapact.generator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each masking, run on DuckDB and PostgreSQL, gives exactly the documented value. */
class MaskingTest {
  private static final String SALT = "pepper";
  private static EmbeddedPostgres postgres;
  private static Connection pg;
  private static Connection duck;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    pg = postgres.getPostgresDatabase().getConnection();
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void stop() throws Exception {
    pg.close();
    duck.close();
    postgres.close();
  }

  static Stream<Arguments> cases() {
    String hashed = sha256(SALT + "it's@example.com");
    return Stream.of("duckdb", "postgres").flatMap(d -> Stream.of(
        Arguments.of(d, Masking.PARTIAL, PiiKind.EMAIL, "string", "jane.doe@example.com", "j***@example.com"),
        Arguments.of(d, Masking.PARTIAL, PiiKind.EMAIL, "string", "no-at-sign", "n***"),
        Arguments.of(d, Masking.PARTIAL, PiiKind.PHONE, "string", "+15551234567", "+***"),
        Arguments.of(d, Masking.PARTIAL, PiiKind.IP, "string", "192.168.7.21", "192.168.7.xxx"),
        Arguments.of(d, Masking.PARTIAL, PiiKind.IP, "string", "2001:db8::8a2e", "2001:db8::xxx"),
        Arguments.of(d, Masking.LAST4, PiiKind.SSN, "string", "123-45-6789", "***6789"),
        Arguments.of(d, Masking.LAST4, PiiKind.CREDIT_CARD, "string", "4111", "****"),
        Arguments.of(d, Masking.INITIALS, PiiKind.NAME, "string", "Jane  van Doe", "J. v. D."),
        Arguments.of(d, Masking.INITIALS, PiiKind.NAME, "string", "Zoë", "Z."),
        Arguments.of(d, Masking.YEAR, PiiKind.BIRTH_DATE, "date", "1985-03-02", "1985"),
        Arguments.of(d, Masking.REDACT, PiiKind.ADDRESS, "string", "1 Main St; DROP TABLE x", "[redacted]"),
        Arguments.of(d, Masking.NULL, PiiKind.ADDRESS, "string", "12345", null),
        Arguments.of(d, Masking.HASH, PiiKind.EMAIL, "string", "it's@example.com", hashed),
        Arguments.of(d, Masking.HASH, PiiKind.SSN, "string", null, null)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0} {1} {4}")
  @MethodSource("cases")
  void masks(String dialect, Masking masking, PiiKind kind, String type, String value, String expected) throws Exception {
    Dialect d = Dialects.byName(dialect);
    LogicalType t = LogicalType.parse(type);
    String literal = value == null ? "CAST(NULL AS " + d.type(t) + ")" : d.typedLiteral(value, t);
    String sql = "SELECT CAST(" + d.mask(masking, kind, "v.x", t, d.literal(SALT)) + " AS " + d.stringType() + ") FROM (SELECT "
        + literal + " AS x) AS v";
    try (Statement s = (dialect.equals("duckdb") ? duck : pg).createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      assertThat(rs.getString(1)).as(sql).isEqualTo(expected);
    }
  }
}
