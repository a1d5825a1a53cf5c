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
}
