package io.datapact.generator.verify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The audit values a load writes next to every row: {@code _loaded_at} (the caller's clock, stored
 * as a UTC timestamp), {@code _batch_id} and {@code _source_file}; {@code _source_row} counts the
 * rows from 1.
 */
public record RawAudit(Instant loadedAt, String batchId, String sourceFile) {
  public RawAudit {
    Objects.requireNonNull(loadedAt, "loadedAt");
    Objects.requireNonNull(batchId, "batchId");
  }

  /** {@code _loaded_at} as stored: the instant as a UTC timestamp. */
  public LocalDateTime loadedAtUtc() {
    return LocalDateTime.ofInstant(loadedAt, ZoneOffset.UTC);
  }
}
