package io.datapact.generator.checks.model;

import io.datapact.generator.sql.model.Projection;
import java.util.List;

/**
 * Model of {@code tests/fan_out.sql.ftl}.
 *
 * @param keys the quoted key columns of the mart and its staging view
 * @param input the staging view, quoted
 * @param snapshotRaw SCD2 snapshot feeds: the raw table whose latest batch holds the live keys; else null
 * @param snapshotKeys the key fields over raw alias {@code r}, cast and cleaned as staging does
 */
public record FanOutModel(CheckTarget on, List<String> keys, String input, String snapshotRaw,
    List<Projection> snapshotKeys) {
  public FanOutModel {
    keys = List.copyOf(keys);
    snapshotKeys = List.copyOf(snapshotKeys);
  }
}
