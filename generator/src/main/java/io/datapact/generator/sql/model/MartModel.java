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
 * @param keyColumns the key fields' cast projections over raw alias {@code r}
 * @param hashColumns the columns whose values make up the content hash: their text (expression,
 *     over the alias {@link #ALIAS}) and quoted name
 * @param digest the dialect's content hash over the texts of the hash columns (see {@link #rowHash})
 * @param compareHash whether new rows equal to the stored row are skipped (not for facts, whose
 *     hash covers dimension keys looked up later)
 * @param newBatchesTable the batches of raw not processed for this mart yet, collected once per build
 * @param inputTable the cleaned rows of those batches, with only {@code inputColumns}: written once,
 *     so that the engine knows how few they are when it joins them to the mart
 * @param inputColumns the source projections the changed-key statement reads: the key fields, and
 *     when {@code compareHash} the hashed fields and the deleted flag
 * @param gapsTable SCD2 snapshot feeds: the keys missing from a batch after being present
 * @param deletions for SCD2 snapshot feeds, the projections of a deletion row over the gaps table
 *     {@code g}; empty when deletions are flagged rows or ignored
 * @param lastKnown for SCD2 snapshot feeds, the fields over {@code u} with deletion rows filled
 *     from the row before them; empty otherwise
 * @param versionStart SCD2: when the version of a staged row {@code p} starts
 * @param lookbackKeys a SELECT of grains inside the lookback window, or null
 * @param lookups dimension keys of a fact
 * @param previous SCD3 previous-value projections over the current row {@code c}
 * @param timestamp the quoted column holding the version time (SCD2 and SCD3)
 * @param deletes SCD2 hard-delete handling: ignore, close or flag
 * @param insertOnly SCD0 and append facts: never update a key once loaded
 * @param versioned SCD2: rows are versions, only the current one is compared
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
    String batchesTable,
    String newBatchesTable,
    String inputTable,
    String gapsTable,
    StagedSource source,
    List<Projection> keyColumns,
    List<Projection> inputColumns,
    List<Projection> hashColumns,
    java.util.function.Function<List<String>, String> digest,
    boolean compareHash,
    List<Projection> deletions,
    List<Projection> lastKnown,
    String versionStart,
    String lookbackKeys,
    List<Lookup> lookups,
    List<Projection> previous,
    String timestamp,
    String deletes,
    boolean insertOnly,
    boolean versioned) {

  /** Stands for the row alias in {@code hashColumns}; NUL never occurs in a quoted name. */
  public static final String ALIAS = "\0";

  /**
   * How many current rows an SCD2 build over snapshot feeds re-hashes to see whether the stored
   * hashes still match the tracked fields (see {@link #sameContent}).
   */
  public static final int LAYOUT_SAMPLE = 1000;

  public MartModel {
    columns = List.copyOf(columns);
    fields = List.copyOf(fields);
    keyColumns = List.copyOf(keyColumns);
    inputColumns = List.copyOf(inputColumns);
    hashColumns = List.copyOf(hashColumns);
    deletions = List.copyOf(deletions);
    lastKnown = List.copyOf(lastKnown);
    lookups = List.copyOf(lookups);
    previous = List.copyOf(previous);
  }

  /**
   * The content hash of the row with alias {@code alias}: the dialect's digest of the hash columns'
   * text, an encoding in which NULL, an empty text and a separator moved between columns all differ.
   */
  public String rowHash(String alias) {
    if (hashColumns.isEmpty()) {
      return "md5('')";
    }
    return digest.apply(hashColumns.stream().map(c -> c.expression().replace(ALIAS, alias)).toList());
  }

  /** {@link #LAYOUT_SAMPLE}, for templates. */
  public int layoutSample() {
    return LAYOUT_SAMPLE;
  }

  /**
   * Whether rows {@code left} and {@code right} have the same content: each hash column's text is
   * equal or NULL in both. This holds exactly when their {@link #rowHash}es are equal (the hash
   * encoding is unambiguous), without computing md5 over the rows.
   */
  public String sameContent(String left, String right) {
    if (hashColumns.isEmpty()) {
      return "TRUE";
    }
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < hashColumns.size(); i++) {
      if (i > 0) {
        out.append(" AND ");
      }
      String text = hashColumns.get(i).expression();
      out.append(text.replace(ALIAS, left)).append(" IS NOT DISTINCT FROM ").append(text.replace(ALIAS, right));
    }
    return out.append(')').toString();
  }
}
