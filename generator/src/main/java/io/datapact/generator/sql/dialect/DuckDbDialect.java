package io.datapact.generator.sql.dialect;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.LogicalType;

/** DuckDB: the base SQL with DuckDB's names for doubles, zoned timestamps and regular expressions. */
public final class DuckDbDialect extends Dialect {
  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public String type(LogicalType type) {
    return switch (type.base()) {
      case DOUBLE -> "DOUBLE";
      case TIMESTAMPTZ -> "TIMESTAMPTZ";
      default -> super.type(type);
    };
  }

  /** {@code regexp_matches} searches, as {@code ~} does in PostgreSQL. */
  @Override
  public String regexMatch(String subject, String pattern) {
    return "regexp_matches(" + subject + ", " + pattern + ")";
  }

  /** DuckDB's {@code sha256} takes text and returns hex digits. */
  @Override
  public String sha256Hex(String text) {
    return "sha256(" + text + ")";
  }
}
