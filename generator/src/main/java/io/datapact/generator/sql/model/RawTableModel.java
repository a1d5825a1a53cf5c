package io.datapact.generator.sql.model;

import java.util.List;

/** Model of {@code raw.sql.ftl}: the landing table with the contract's types and audit columns. */
public record RawTableModel(String contract, String schema, String table, List<Column> columns) {
  public RawTableModel {
    columns = List.copyOf(columns);
  }
}
