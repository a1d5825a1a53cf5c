package io.datapact.generator.checks.model;

import java.util.List;

/** Model of {@code tests/accepted_values.sql.ftl}: the quoted column and its accepted values as typed literals. */
public record AcceptedValuesModel(CheckTarget on, String column, List<String> values) {
  public AcceptedValuesModel {
    values = List.copyOf(values);
  }
}
