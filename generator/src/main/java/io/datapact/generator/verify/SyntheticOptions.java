package io.datapact.generator.verify;

import io.datapact.model.Contract;
import io.datapact.model.Sla;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings of {@link SyntheticData}: the seed, rows per contract, the share of NULLs in optional
 * fields, and what batch 2 changes, as shares of batch 1's rows.
 *
 * @param seed the same seed gives the same rows, on every machine
 * @param defaultRows batch 1 rows of a contract not named in {@code rows}
 * @param rows batch 1 rows by contract id
 * @param nullRate share of NULLs in optional fields that are no key
 * @param updateRate share of keys that batch 2 changes (not for SCD0 dimensions and append facts)
 * @param newRate new keys in batch 2, as a share of batch 1's rows
 * @param redeliveryRate share of batch 1 rows that batch 2 delivers again unchanged
 * @param deleteRate share of keys batch 2 deletes: left out of a snapshot, or flagged by {@code source.deletedFlag}
 * @param lateRate share of a fact's new rows whose time column lies in batch 1's time window
 * @param now the verify time: when set, values of a contract's freshness column ({@code sla.freshness.column},
 *     when it is a field) lie within {@code warnAfter} (else {@code errorAfter}) before it, batch 1's
 *     before batch 2's; {@code current_date} in checks is its day. Null leaves times in their default years.
 * @param volumeBounds whether batch 1 rows are clamped into a contract's {@code sla.volume} bounds
 */
public record SyntheticOptions(long seed, int defaultRows, Map<String, Integer> rows, double nullRate,
    double updateRate, double newRate, double redeliveryRate, double deleteRate, double lateRate, Instant now, boolean volumeBounds) {

  /** The verify time used when none is given: fixed, so that the same seed gives the same rows. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-01-01T12:00:00Z");

  public SyntheticOptions {
    rows = Map.copyOf(new TreeMap<>(rows));
    if (defaultRows < 0 || rows.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("row counts must not be negative");
    }
    for (double rate : new double[] {nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate}) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rates lie between 0 and 1, got " + rate);
      }
    }
    if (updateRate + redeliveryRate + deleteRate > 1) {
      throw new IllegalArgumentException("updateRate + redeliveryRate + deleteRate must not exceed 1");
    }
  }

  /**
   * Seed 1, 1,000 rows per contract (within its volume bounds), 5% NULLs; batch 2 updates 10%, adds 10%,
   * re-sends 5%, deletes 2%; 30% of new facts are late; no verify time.
   */
  public static SyntheticOptions defaults() {
    return new SyntheticOptions(1L, 1_000, Map.of(), 0.05, 0.10, 0.10, 0.05, 0.02, 0.30, null, true);
  }

  public SyntheticOptions withSeed(long newSeed) {
    return new SyntheticOptions(newSeed, defaultRows, rows, nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, now, volumeBounds);
  }

  public SyntheticOptions withDefaultRows(int n) {
    return new SyntheticOptions(seed, n, rows, nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, now, volumeBounds);
  }

  /** Batch 1 of {@code contractId} gets {@code n} rows. */
  public SyntheticOptions withRows(String contractId, int n) {
    Map<String, Integer> more = new TreeMap<>(rows);
    more.put(contractId, n);
    return new SyntheticOptions(seed, defaultRows, more, nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, now, volumeBounds);
  }

  public SyntheticOptions withNullRate(double rate) {
    return new SyntheticOptions(seed, defaultRows, rows, rate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, now, volumeBounds);
  }

  /** The verify time freshness columns are placed before; null for none. */
  public SyntheticOptions withNow(Instant time) {
    return new SyntheticOptions(seed, defaultRows, rows, nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, time, volumeBounds);
  }

  /** Whether batch 1 rows are clamped into each contract's {@code sla.volume} bounds. */
  public SyntheticOptions withVolumeBounds(boolean on) {
    return new SyntheticOptions(seed, defaultRows, rows, nullRate, updateRate, newRate, redeliveryRate, deleteRate, lateRate, now, on);
  }

  /** Batch 1 rows of a contract, as asked for. */
  public int rowsOf(String contractId) {
    return rows.getOrDefault(contractId, defaultRows);
  }

  /**
   * Batch 1 rows of a contract: as asked for, clamped into {@code [minRows, maxRows / (1 + newRate)]}
   * of its {@code sla.volume} when {@link #volumeBounds()} is on, so both batches meet the bounds.
   */
  public int rowsOf(Contract contract) {
    long n = rowsOf(contract.id());
    Sla.Volume v = contract.sla() == null ? null : contract.sla().volume();
    if (volumeBounds && v != null) {
      if (v.maxRows() != null) {
        n = Math.min(n, (long) Math.floor(v.maxRows() / (1 + newRate)));
      }
      if (v.minRows() != null) {
        n = Math.max(n, v.minRows());
      }
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }
}
