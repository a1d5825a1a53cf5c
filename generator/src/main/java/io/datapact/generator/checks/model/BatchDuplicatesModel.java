package io.datapact.generator.checks.model;

import io.datapact.generator.sql.model.Projection;
import java.util.List;

/**
 * Model of {@code tests/batch_duplicates.sql.ftl}; {@code on.table} is the raw table, alias {@code r}.
 *
 * @param keys the key fields over {@code r}, cast and cleaned as staging does
 * @param version the version time field over {@code r}, cast and cleaned, or null when a key has one row per batch
 * @param content an expression over {@code r} that differs between two rows whose other fields differ (a hash)
 * @param downstream the marts a duplicate reaches, for the header
 */
public record BatchDuplicatesModel(CheckTarget on, List<Projection> keys, Projection version, String content,
    List<String> downstream) {
  public BatchDuplicatesModel {
    keys = List.copyOf(keys);
    downstream = List.copyOf(downstream);
  }
}
