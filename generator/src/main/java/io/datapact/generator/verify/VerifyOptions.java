package io.datapact.generator.verify;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How a verification runs.
 *
 * @param database a DuckDB file to keep for inspection, or null for an in-memory database
 * @param fixtures the folder of fixture batches ({@code <contract-id>/batch-<N>/}); when it holds
 *     no batch, synthetic data is generated instead
 * @param synthetic how synthetic data is generated
 * @param now the time freshness is measured against; the last batch is loaded just before it
 * @param templateOverrides the user's template folder, or null
 * @param salt the salt of hashed PII in masked views, or null for a random one per run; it is
 *     stored in the database at run time, never in generated files or reports
 */
public record VerifyOptions(Path database, Path fixtures, SyntheticOptions synthetic, Instant now,
    Path templateOverrides, String salt) {
  /** Options with a random salt. */
  public VerifyOptions(Path database, Path fixtures, SyntheticOptions synthetic, Instant now, Path templateOverrides) {
    this(database, fixtures, synthetic, now, templateOverrides, null);
  }
}
