package io.datapact.generator.sql.model;

import java.util.List;

/**
 * Model of the mart templates ({@code dimension_scd0..3.sql.ftl}, {@code fact.sql.ftl}).
 *
 * <p>Every mart loads incrementally: the keys touched by raw batches not yet processed for this
 * mart are collected, their rows recomputed from raw, and only rows whose content hash changed are
 * replaced. Processed batches are recorded in the state table, so a second run does nothing.
 *
 * @param objectName the mart's name as a literal, the key of its rows in the state table
 * @param columns the mart's columns, for CREATE TABLE
 * @param fields quoted contract field names, in contract order
 * @param sk the surrogate key column, or null for facts
 * @param skExpression the surrogate key over alias {@code r} (SCD2: over key and valid_from)
 * @param keys the business key (dimensions) or grain (facts)
 * @param changedKeys key projections over raw alias {@code r}
 * @param lookbackKeys a SELECT of grains inside the lookback window, or null
 * @param lookups dimension keys of a fact
 * @param previous SCD3 previous-value projections over the current row {@code c}
 * @param rowHash the content hash over alias {@code r}
 * @param timestamp the quoted column holding the version time (SCD2 and SCD3)
 * @param deletes SCD2 hard-delete handling: ignore, close or flag
 * @param insertOnly SCD0: never update a key once loaded
 */
public record MartModel(
    String contract,
    String schema,
    String target,
    String objectName,
    String stateTable,
    List<Column> columns,
    List<String> fields,
    String sk,
    String skExpression,
    KeySet keys,
    String keysTable,
    String rowsTable,
    String historyTable,
    StagedSource source,
    List<Projection> changedKeys,
    String lookbackKeys,
    List<Lookup> lookups,
    List<Projection> previous,
    String rowHash,
    String timestamp,
    String deletes,
    boolean insertOnly) {

  public MartModel {
    columns = List.copyOf(columns);
    fields = List.copyOf(fields);
    changedKeys = List.copyOf(changedKeys);
    lookups = List.copyOf(lookups);
    previous = List.copyOf(previous);
  }
}
