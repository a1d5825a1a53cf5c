package io.datapact.generator.scenario;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import java.util.List;
import java.util.stream.Collectors;

/** The engines the scenarios run on, with the little test data needs that differs between them. */
enum Engine {
  DUCKDB("duckdb", "rowid") {
    @Override
    String listLiteral(List<String> elements) {
      return elements.stream().collect(Collectors.joining(", ", "[", "]"));
    }
  },
  POSTGRES("postgres", "ctid") {
    @Override
    String listLiteral(List<String> elements) {
      return elements.stream()
          .map(e -> '"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
          .collect(Collectors.joining(",", "{", "}"));
    }
  };

  private final String dialect;
  private final String rowIdentity;

  Engine(String dialect, String rowIdentity) {
    this.dialect = dialect;
    this.rowIdentity = rowIdentity;
  }

  /** A pseudo-column that changes when a row is deleted and inserted again, even with the same values. */
  String rowIdentity() {
    return rowIdentity;
  }

  /** The generator's dialect name. */
  String dialectName() {
    return dialect;
  }

  /** The generator's dialect. */
  Dialect dialect() {
    return Dialects.byName(dialect);
  }

  /** The text this engine casts to a list; test data writes lists as {@code [a, b]}. */
  abstract String listLiteral(List<String> elements);
}
