package io.datapact.generator.sql.dialect;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.LogicalType;

/** PostgreSQL: TEXT strings, NUMERIC decimals, JSONB documents, and row-level security. */
public final class PostgresDialect extends Dialect {
  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public boolean supportsRowLevelSecurity() {
    return true;
  }

  @Override
  public String stringType() {
    return "TEXT";
  }

  @Override
  public String type(LogicalType type) {
    return switch (type.base()) {
      case DECIMAL -> "NUMERIC(" + type.precision() + "," + type.scale() + ")";
      case JSON -> "JSONB";
      case TIMESTAMPTZ -> "TIMESTAMPTZ";
      default -> super.type(type);
    };
  }

  /** The POSIX match operator; like DuckDB's {@code regexp_matches} it searches the whole string. */
  @Override
  public String regexMatch(String subject, String pattern) {
    return "(" + subject + " ~ " + pattern + ")";
  }

  /**
   * Rows granted to the current user or to any role it is a member of; {@code current_user} cannot
   * be forged (SET ROLE needs membership), unlike a session setting.
   */
  @Override
  public String entitled(String grantee, String role) {
    return grantee + " IN (SELECT r.rolname FROM pg_catalog.pg_roles AS r WHERE pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER'))";
  }

  /** A security barrier: the reader's own conditions (perhaps leaky functions) run after the view's. */
  @Override
  public String secureViewOptions() {
    return " WITH (security_barrier = true)";
  }
}
