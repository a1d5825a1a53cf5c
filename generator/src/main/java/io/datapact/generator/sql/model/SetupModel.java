package io.datapact.generator.sql.model;

import java.util.List;

/** Model of {@code setup.sql.ftl}: schemas and datapact's state table. */
public record SetupModel(List<String> schemas, String stateSchema, String stateTable) {
  public SetupModel {
    schemas = List.copyOf(schemas);
  }
}
