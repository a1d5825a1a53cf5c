package io.datapact.generator.sql;

import io.datapact.model.LogicalType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The tables the dialect tests share: every logical type with the column type each dialect
 * writes and the type each engine reports back for it, and identifiers and values that are hard
 * to quote.
 */
public final class DialectCases {
  private DialectCases() {}

  /**
   * One logical type.
   *
   * @param logical as written in a contract
   * @param duckdb what {@code DuckDbDialect.type} writes
   * @param postgres what {@code PostgresDialect.type} writes
   * @param duckdbReported {@code information_schema.columns.data_type} on DuckDB
   * @param postgresReported {@code format_type(atttypid, atttypmod)} on PostgreSQL
   */
  public record TypeCase(String logical, String duckdb, String postgres, String duckdbReported,
      String postgresReported) {
    public LogicalType type() {
      return LogicalType.parse(logical);
    }

    @Override
    public String toString() {
      return logical;
    }
  }

  /** Every base type, decimals at the bounds, and lists of every element type. */
  public static final List<TypeCase> TYPES = List.of(
      new TypeCase("string", "VARCHAR", "TEXT", "VARCHAR", "text"),
      new TypeCase("integer", "INTEGER", "INTEGER", "INTEGER", "integer"),
      new TypeCase("long", "BIGINT", "BIGINT", "BIGINT", "bigint"),
      new TypeCase("decimal(12,2)", "DECIMAL(12,2)", "NUMERIC(12,2)", "DECIMAL(12,2)", "numeric(12,2)"),
      new TypeCase("decimal(1,0)", "DECIMAL(1,0)", "NUMERIC(1,0)", "DECIMAL(1,0)", "numeric(1,0)"),
      new TypeCase("decimal(5,5)", "DECIMAL(5,5)", "NUMERIC(5,5)", "DECIMAL(5,5)", "numeric(5,5)"),
      new TypeCase("decimal(38,10)", "DECIMAL(38,10)", "NUMERIC(38,10)", "DECIMAL(38,10)", "numeric(38,10)"),
      new TypeCase("double", "DOUBLE", "DOUBLE PRECISION", "DOUBLE", "double precision"),
      new TypeCase("boolean", "BOOLEAN", "BOOLEAN", "BOOLEAN", "boolean"),
      new TypeCase("date", "DATE", "DATE", "DATE", "date"),
      new TypeCase("timestamp", "TIMESTAMP", "TIMESTAMP", "TIMESTAMP", "timestamp without time zone"),
      new TypeCase("timestamptz", "TIMESTAMPTZ", "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE",
          "timestamp with time zone"),
      new TypeCase("uuid", "UUID", "UUID", "UUID", "uuid"),
      new TypeCase("json", "JSON", "JSONB", "JSON", "jsonb"),
      new TypeCase("list<string>", "VARCHAR[]", "TEXT[]", "VARCHAR[]", "text[]"),
      new TypeCase("list<integer>", "INTEGER[]", "INTEGER[]", "INTEGER[]", "integer[]"),
      new TypeCase("list<long>", "BIGINT[]", "BIGINT[]", "BIGINT[]", "bigint[]"),
      new TypeCase("list<decimal(10,2)>", "DECIMAL(10,2)[]", "NUMERIC(10,2)[]", "DECIMAL(10,2)[]",
          "numeric(10,2)[]"),
      new TypeCase("list<double>", "DOUBLE[]", "DOUBLE PRECISION[]", "DOUBLE[]", "double precision[]"),
      new TypeCase("list<boolean>", "BOOLEAN[]", "BOOLEAN[]", "BOOLEAN[]", "boolean[]"),
      new TypeCase("list<date>", "DATE[]", "DATE[]", "DATE[]", "date[]"),
      new TypeCase("list<timestamp>", "TIMESTAMP[]", "TIMESTAMP[]", "TIMESTAMP[]",
          "timestamp without time zone[]"),
      new TypeCase("list<timestamptz>", "TIMESTAMPTZ[]", "TIMESTAMPTZ[]", "TIMESTAMP WITH TIME ZONE[]",
          "timestamp with time zone[]"),
      new TypeCase("list<uuid>", "UUID[]", "UUID[]", "UUID[]", "uuid[]"),
      new TypeCase("list<json>", "JSON[]", "JSONB[]", "JSON[]", "jsonb[]"));

  /** The type table as test arguments. */
  public static Stream<TypeCase> types() {
    return TYPES.stream();
  }

  /**
   * Text that is hard to quote, each used both as a string value and as a column name: quotes of
   * both kinds (single, doubled, unbalanced), semicolons with a statement and a comment after
   * them, reserved words, non-ASCII letters and an emoji, a backslash, a newline and a tab,
   * placeholders and JDBC escapes. Every one is at most 63 bytes, PostgreSQL's identifier limit.
   */
  public static Stream<Arguments> awkward() {
    return Stream.of(
        Arguments.of("plain_name"),
        Arguments.of("it's"),
        Arguments.of("''"),
        Arguments.of("'; DROP TABLE t; --"),
        Arguments.of("say \"hi\""),
        Arguments.of("\"\""),
        Arguments.of("\"; DROP TABLE t; --"),
        Arguments.of("a;b;c"),
        Arguments.of("-- not a comment"),
        Arguments.of("/* not a comment */"),
        Arguments.of("select"),
        Arguments.of("FROM"),
        Arguments.of("order"),
        Arguments.of("Mixed Case"),
        Arguments.of(" leading and trailing "),
        Arguments.of("Größe ñ çà"),
        Arguments.of("日本語のテキスト"),
        Arguments.of("emoji 😀"),
        Arguments.of("back\\slash \\' \\n"),
        Arguments.of("line1\nline2\ttab"),
        Arguments.of("$$dollar$$ $tag$"),
        Arguments.of("? :name $1"),
        Arguments.of("{fn now()} {d '2020-01-01'}"));
  }
}
