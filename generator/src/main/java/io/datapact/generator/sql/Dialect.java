package io.datapact.generator.sql;

import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import java.util.List;
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

  /**
   * Whether the engine builds the pipeline; a dialect that does not (Snowflake) only gets the
   * security files: masking policies, row access policies and grants for tables built elsewhere.
   */
  public boolean buildsPipeline() {
    return true;
  }

  /** Whether the engine has roles and privileges, so that grants are generated. */
  public boolean supportsRoles() {
    return supportsRowLevelSecurity();
  }

  /**
   * Whether PII is masked by policies attached to the columns (Snowflake) rather than by a masked
   * view per role.
   */
  public boolean masksWithPolicies() {
    return false;
  }

  /**
   * The condition under which an entitlement row (its grantee column {@code grantee}) binds the
   * placeholders of {@code role}'s row filter. The base: rows granted to the role by name, as the
   * filtered views of an engine without users are per role.
   */
  public String entitled(String grantee, String role) {
    return grantee + " = " + literal(role);
  }

  /** Options of a view that masks or filters for a reader, e.g. {@code  WITH (security_barrier = true)}. */
  public String secureViewOptions() {
    return "";
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

  /**
   * The content hash of a row from its columns' texts: md5 over each text written
   * {@code <length>:<text>} (NULL as {@code \N}), joined by {@code |}. The length prefix keeps the
   * encoding unambiguous: a value {@code \N} is not NULL, and a {@code |} moving from one column to
   * the next changes the hash. The hash is stored with every mart row, so it must not change for
   * the same values between runs or engine versions.
   */
  public String rowDigest(List<String> texts) {
    StringBuilder out = new StringBuilder("md5(");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      out.append(i > 0 ? " || '|' || " : "").append("coalesce(CAST(length(").append(text).append(") AS ")
          .append(stringType()).append(") || ':' || ").append(text).append(", '\\N')");
    }
    return out.append(')').toString();
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

  // ---- Masking (see docs/security.md) ----

  /**
   * The masked value of the column {@code value} of {@code type}; {@code salt} is a SQL expression
   * yielding the salt at run time. NULL stays NULL; every masking of a non-null value differs from
   * the value (a '***' marker, a fixed text, a hash or a year).
   */
  public String mask(Masking masking, PiiKind kind, String value, LogicalType type, String salt) {
    String text = text(value, type);
    String masked = switch (masking) {
      case NULL -> null;
      case REDACT -> literal("[redacted]");
      case HASH -> sha256Hex(salt + " || " + text);
      case LAST4 -> "CASE WHEN length(" + text + ") > 4 THEN '***' || right(" + text + ", 4) ELSE '****' END";
      case INITIALS -> "trim(" + regexReplace(text, "(\\S)\\S*\\s*", backReference(1) + ". ", true) + ")";
      case YEAR -> "CAST(EXTRACT(YEAR FROM " + value + ") AS INTEGER)";
      case PARTIAL -> kind == PiiKind.IP
          ? regexReplace(text, "[0-9A-Fa-f]+$", "xxx", false)
          : regexReplace(text, "^(.)[^@]*(@.*)?$", backReference(1) + "***" + backReference(2), false);
    };
    if (masked == null) {
      return "CAST(NULL AS " + type(type) + ")";
    }
    return "CASE WHEN " + value + " IS NULL THEN NULL ELSE " + masked + " END";
  }

  /** The column type a masking yields: the field's own type, text, or an integer year. */
  public String maskedType(Masking masking, LogicalType type) {
    return switch (masking) {
      case NULL -> type(type);
      case YEAR -> "INTEGER";
      default -> stringType();
    };
  }

  /** The SHA-256 of a text expression as 64 lower-case hex digits. */
  public String sha256Hex(String text) {
    return "encode(sha256(convert_to(" + text + ", 'UTF8')), 'hex')";
  }

  /**
   * {@code subject} with the first (or every, when {@code global}) match of the regular expression
   * replaced; {@code pattern} and {@code replacement} are plain text, quoted here.
   */
  public String regexReplace(String subject, String pattern, String replacement, boolean global) {
    return "regexp_replace(" + subject + ", " + literal(pattern) + ", " + literal(replacement)
        + (global ? ", 'g')" : ")");
  }

  /** How a replacement text refers to the n-th group of the pattern. */
  public String backReference(int group) {
    return "\\" + group;
  }

  @Override
  public String toString() {
    return name();
  }
}
