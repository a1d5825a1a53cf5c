package io.datapact.generator.verify;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes rows from a {@link ContractPlan}: values in field order, a function of the seed, the
 * contract, the entity and what the batch does to it, so any row can be made again without
 * keeping it.
 */
final class RowFactory {
  private static final int CHANGE_ATTEMPTS = 16;
  /** Rows drawn again at most this often until they meet the contract's checks. */
  static final int CHECK_ATTEMPTS = 200;

  private RowFactory() {}

  /** The row of {@code entity} for a {@link BatchPlan} operation; it meets every check of the contract. */
  static Object[] row(ContractPlan p, int entity, byte op) {
    Object[] base = base(p, entity, op, 0);
    int failing = p.failedCheckIndex(base);
    // A row that fails a check first draws again only the fields that check reads (the rest of the
    // row, names, notes and numbers alike, is kept); after half the attempts, whole rows again.
    for (int attempt = 1; failing >= 0 && attempt < CHECK_ATTEMPTS; attempt++) {
      if (attempt < CHECK_ATTEMPTS / 2) {
        redraw(p, entity, op, base, p.checkFields[failing], p.random(entity, 1, attempt));
      } else {
        base = base(p, entity, op, attempt);
      }
      failing = p.failedCheckIndex(base);
    }
    if (failing >= 0) {
      throw unmet(p, p.checkNames[failing], base);
    }
    String failed = null;
    if (op != BatchPlan.UPDATE && op != BatchPlan.DELETE) {
      return base;
    }
    for (int attempt = 0; attempt < CHECK_ATTEMPTS; attempt++) {
      Object[] row = base.clone();
      SplittableRandom random = p.random(entity, op == BatchPlan.UPDATE ? 2 : 3, attempt);
      if (op == BatchPlan.UPDATE) {
        update(p, entity, row, random, attempt < CHECK_ATTEMPTS / 2);
      } else {
        laterTimes(p, row, random);
        row[p.flag] = Boolean.TRUE;
      }
      failed = p.failedCheck(row);
      if (failed == null) {
        return row;
      }
    }
    throw unmet(p, failed, base);
  }

  private static IllegalArgumentException unmet(ContractPlan p, String check, Object[] row) {
    return new IllegalArgumentException(p.contract.id() + ": no row meets check '" + check + "' in " + CHECK_ATTEMPTS
        + " attempts (last tried " + java.util.Arrays.toString(row) + "); the check may contradict the fields' rules,"
        + " or depend on keys or referenced fields, which are drawn once per row");
  }

  /** The entity's first row: version times in the window of the batch it is new in (a late fact's time column in batch 1's). */
  private static Object[] base(ContractPlan p, int e, byte op, int attempt) {
    SplittableRandom random = p.random(e, 1, attempt);
    int batch = e < p.batch1 ? 1 : 2;
    Object[] row = new Object[p.fields.size()];
    for (int f = 0; f < row.length; f++) {
      row[f] = baseValue(p, f, e, op, batch, random);
    }
    return row;
  }

  /** Draws the given fields of a first row again; keys and other stored values stay as they are. */
  private static void redraw(ContractPlan p, int e, byte op, Object[] row, int[] fields, SplittableRandom random) {
    int batch = e < p.batch1 ? 1 : 2;
    for (int f : fields) {
      if (!p.stored[f]) {
        row[f] = baseValue(p, f, e, op, batch, random);
      }
    }
  }

  private static Object baseValue(ContractPlan p, int f, int e, byte op, int batch, RandomGenerator random) {
    if (p.stored[f]) {
      return p.store.value(f, e);
    } else if (p.early[f] != null) {
      boolean early = batch == 1 || op == BatchPlan.LATE && f == p.timeColumn;
      return (early ? p.early[f] : p.late[f]).next(random);
    } else if (f == p.flag) {
      return Boolean.FALSE;
    }
    return value(p, f, e, batch, random);
  }

  /** Later version times, one field that must change (a tracked one for SCD2), and a few others (one in six). */
  private static void update(ContractPlan p, int e, Object[] row, SplittableRandom random, boolean change) {
    laterTimes(p, row, random);
    if (!change) {
      return; // only later times: an update no check can object to unless it reads them
    }
    int start = random.nextInt(p.preferred.length);
    int changed = -1;
    for (int k = 0; k < p.preferred.length && changed < 0; k++) {
      int f = p.preferred[(start + k) % p.preferred.length];
      changed = !p.stored[f] && change(p, f, e, row, random) ? f : -1;
    }
    for (int f : p.changeable) {
      if (f != changed && !p.stored[f] && random.nextInt(6) == 0) {
        row[f] = value(p, f, e, 2, random);
      }
    }
  }

  private static void laterTimes(ContractPlan p, Object[] row, RandomGenerator random) {
    for (int f = 0; f < row.length; f++) {
      if (p.late[f] != null && !p.stored[f]) {
        row[f] = p.late[f].next(random);
      }
    }
  }

  private static boolean change(ContractPlan p, int f, int e, Object[] row, RandomGenerator random) {
    for (int k = 0; k < CHANGE_ATTEMPTS; k++) {
      Object value = p.references[f] != null ? EntityStore.reference(p, f, e, 2, random) : p.draws[f].next(random);
      if (value != null && !Objects.equals(value, row[f])) {
        row[f] = value;
        return true;
      }
    }
    return false;
  }

  /** A value of a field that is no version time: NULL at the null rate where allowed, a reference, or a draw. */
  static Object value(ContractPlan p, int f, int e, int batch, RandomGenerator random) {
    if (p.nullable[f] && random.nextDouble() < p.nullRate) {
      return null;
    }
    return p.references[f] != null ? EntityStore.reference(p, f, e, batch, random) : p.draws[f].next(random);
  }

  /** The SplitMix64 finaliser: spreads the bits of a seed. */
  static long mix(long seed) {
    long z = seed;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
