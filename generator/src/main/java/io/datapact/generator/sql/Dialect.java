package io.datapact.generator.sql;

import io.datapact.model.LogicalType;
import java.util.Optional;

/**
 * What one SQL engine needs that differs from the others, stated as data first.
 *
 * <p>The base class holds the ANSI spelling of everything; a dialect overrides only what its
 * engine spells differently (a type, a feature flag) and names its template folder and the
 * folder it inherits templates from. Templates are looked up in {@code sql/<name>/}, then in the
 * parent's folder, then in {@code sql/base/}.
 */
public abstract class Dialect {
  /** The name used in parameters, folders and file paths, e.g. {@code duckdb}. */
  public abstract String name();

  /** The dialect whose templates this one falls back to before the base set. */
  public Optional<String> parent() {
    return Optional.empty();
  }

  /** Whether the engine enforces row-level security itself (roles and policies). */
  public boolean supportsRowLevelSecurity() {
    return false;
  }

  /** The column type for a logical type. */
  public String type(LogicalType type) {
    return switch (type.base()) {
      case STRING -> stringType();
      case INTEGER -> "INTEGER";
      case LONG -> "BIGINT";
      case DECIMAL -> "DECIMAL(" + type.precision() + "," + type.scale() + ")";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMPTZ -> "TIMESTAMP WITH TIME ZONE";
      case UUID -> "UUID";
      case JSON -> "JSON";
      case LIST -> type(type.element()) + "[]";
    };
  }

  /** The unbounded string type, also used to cast values for hashing. */
  public String stringType() {
    return "VARCHAR";
  }

  /** The type of load times ({@code _loaded_at}): a UTC timestamp. */
  public String loadTimeType() {
    return "TIMESTAMP";
  }

  /** A quoted identifier: double quotes, inner double quotes doubled. */
  public String quote(String identifier) {
    if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("identifier is empty or contains a NUL character");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code "schema"."name"}. */
  public String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /** A string literal: single quotes, inner single quotes doubled (standard conforming strings). */
  public String literal(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("literal contains a NUL character");
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A value as text for hashing and surrogate keys. Zoned timestamps are written in UTC, so that
   * the text does not depend on the session's time zone.
   */
  public String text(String expression, LogicalType type) {
    String value = type.base() == LogicalType.Base.TIMESTAMPTZ ? "(" + expression + " AT TIME ZONE 'UTC')" : expression;
    return "CAST(" + value + " AS " + stringType() + ")";
  }

  /** A load time (a timestamp in UTC, see {@link #loadTimeType()}) as a value of {@code type}. */
  public String fromLoadTime(String expression, LogicalType type) {
    return type.base() == LogicalType.Base.TIMESTAMPTZ ? "(" + expression + " AT TIME ZONE 'UTC')"
        : "CAST(" + expression + " AS " + type(type) + ")";
  }

  /** An interval literal for a contract duration such as {@code 3d}. */
  public String interval(java.time.Duration duration) {
    return "INTERVAL '" + duration.toSeconds() + " seconds'";
  }

  /**
   * Whether {@code subject} contains a match of the regular expression {@code pattern} (partial
   * match, as contract patterns are meant); both arguments are SQL expressions.
   */
  public String regexMatch(String subject, String pattern) {
    return "regexp_like(" + subject + ", " + pattern + ")";
  }

  /** The engine clock: a zoned timestamp, or (when {@code zoned} is false) UTC wall-clock time. */
  public String now(boolean zoned) {
    return zoned ? "CURRENT_TIMESTAMP" : "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')";
  }

  /** A value written as text, cast to the column type of {@code type}: {@code CAST('2026-01-31' AS DATE)}. */
  public String typedLiteral(String text, LogicalType type) {
    return "CAST(" + literal(text) + " AS " + type(type) + ")";
  }

  @Override
  public String toString() {
    return name();
  }
}
