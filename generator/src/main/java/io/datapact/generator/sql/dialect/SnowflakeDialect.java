package io.datapact.generator.sql.dialect;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;

/**
 * Snowflake, for security only: masking policies, row access policies and grants on tables that
 * are built elsewhere under datapact's names. No pipeline is generated for it, and its files are
 * not executed by datapact's tests (golden files only).
 */
public final class SnowflakeDialect extends Dialect {
  @Override
  public String name() {
    return "snowflake";
  }

  @Override
  public boolean buildsPipeline() {
    return false;
  }

  @Override
  public boolean supportsRowLevelSecurity() {
    return true;
  }

  @Override
  public boolean masksWithPolicies() {
    return true;
  }

  @Override
  public String type(LogicalType type) {
    return switch (type.base()) {
      case DOUBLE -> "DOUBLE";
      case TIMESTAMP -> "TIMESTAMP_NTZ";
      case TIMESTAMPTZ -> "TIMESTAMP_TZ";
      case UUID -> "VARCHAR";
      case JSON -> "VARIANT";
      case LIST -> "ARRAY";
      default -> super.type(type);
    };
  }

  /** Snowflake reads backslash escapes inside string literals, so backslashes are doubled too. */
  @Override
  public String literal(String value) {
    return super.literal(value.replace("\\", "\\\\"));
  }

  @Override
  public String sha256Hex(String text) {
    return "SHA2(" + text + ", 256)";
  }

  /** {@code REGEXP_REPLACE} replaces every match unless told to stop after the first. */
  @Override
  public String regexReplace(String subject, String pattern, String replacement, boolean global) {
    return "REGEXP_REPLACE(" + subject + ", " + literal(pattern) + ", " + literal(replacement)
        + (global ? ")" : ", 1, 1)");
  }

  /** Rows granted to the current user or to a role active in the session. */
  @Override
  public String entitled(String grantee, String role) {
    return "(" + grantee + " = CURRENT_USER() OR IS_ROLE_IN_SESSION(" + grantee + "))";
  }

  /** A masking policy returns the column's own type, so a year is kept as the first day of it. */
  @Override
  public String mask(Masking masking, PiiKind kind, String value, LogicalType type, String salt) {
    if (masking == Masking.YEAR) {
      return "CASE WHEN " + value + " IS NULL THEN NULL ELSE CAST(DATE_TRUNC('YEAR', " + value + ") AS " + type(type) + ") END";
    }
    return super.mask(masking, kind, value, type, salt);
  }

  @Override
  public String maskedType(Masking masking, LogicalType type) {
    return masking == Masking.YEAR ? type(type) : super.maskedType(masking, type);
  }
}
