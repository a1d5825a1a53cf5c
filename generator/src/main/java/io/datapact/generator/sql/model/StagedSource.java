package io.datapact.generator.sql.model;

import java.util.List;

/**
 * How to read a contract's cleaned rows from its raw table: casts and transforms per field, then
 * one row per de-duplication key, the latest load winning.
 *
 * @param raw the raw table, quoted
 * @param columns one projection per field, over raw alias {@code r}
 * @param audit the audit columns carried along, quoted
 * @param dedupKeys quoted columns partitioning the de-duplication; empty for none
 * @param dedupOrder the ORDER BY of the de-duplication, first row wins
 * @param deletedFlag the quoted field marking deleted rows, or null
 */
public record StagedSource(String raw, List<Projection> columns, List<String> audit, List<String> dedupKeys,
    String dedupOrder, String deletedFlag) {
  public StagedSource {
    columns = List.copyOf(columns);
    audit = List.copyOf(audit);
    dedupKeys = List.copyOf(dedupKeys);
  }
}
