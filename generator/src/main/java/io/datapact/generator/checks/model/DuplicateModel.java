package io.datapact.generator.checks.model;

import java.util.List;

/** Model of {@code tests/unique.sql.ftl}, {@code primary_key.sql.ftl} and {@code grain.sql.ftl}: quoted columns no two rows share. */
public record DuplicateModel(CheckTarget on, List<String> columns) {
  public DuplicateModel {
    columns = List.copyOf(columns);
  }
}
