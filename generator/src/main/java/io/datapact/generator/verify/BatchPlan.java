package io.datapact.generator.verify;

import java.util.Arrays;

/**
 * The rows of one batch of a contract: which entity each row is about and what happened to it.
 * Batch 1 holds every batch 1 entity once. Batch 2 holds, per batch 1 entity, a change (update),
 * a deletion (a flagged row, or nothing in a snapshot), the same row again (a re-delivery, and
 * every untouched key of a snapshot), or nothing; then the new entities, some of them late facts.
 */
final class BatchPlan {
  /** The entity's batch 1 row, as first delivered or delivered again. */
  static final byte ORIGINAL = 0;
  static final byte UPDATE = 1;
  /** A row with the deleted flag set. */
  static final byte DELETE = 2;
  static final byte NEW = 3;
  /** A new fact whose time column lies in batch 1's window. */
  static final byte LATE = 4;
  /** Not in the batch. */
  private static final byte NONE = -1;

  final int[] entities;
  final byte[] ops;

  private BatchPlan(int[] entities, byte[] ops) {
    this.entities = entities;
    this.ops = ops;
  }

  int size() {
    return entities.length;
  }

  /** Batch 1: every batch 1 entity, in order. */
  static BatchPlan first(ContractPlan p) {
    int[] entities = new int[p.batch1];
    Arrays.setAll(entities, e -> e);
    return new BatchPlan(entities, new byte[p.batch1]);
  }

  /** Batch 2, drawn per entity from the options' shares. */
  static BatchPlan second(ContractPlan p, SyntheticOptions o) {
    int[] entities = new int[p.batch1 + p.added];
    byte[] ops = new byte[entities.length];
    int n = 0;
    for (int e = 0; e < p.batch1; e++) {
      byte op = op(p, o, unit(p, e, 5));
      if (p.snapshot()) {
        op = op == DELETE ? NONE : op == NONE ? ORIGINAL : op; // a snapshot holds every key still there
      }
      if (op != NONE) {
        entities[n] = e;
        ops[n++] = op;
      }
    }
    for (int e = p.batch1; e < p.entities(); e++) {
      entities[n] = e;
      ops[n++] = p.timeColumn >= 0 && unit(p, e, 6) < o.lateRate() ? LATE : NEW;
    }
    return new BatchPlan(Arrays.copyOf(entities, n), Arrays.copyOf(ops, n));
  }

  private static byte op(ContractPlan p, SyntheticOptions o, double u) {
    double deleted = o.deleteRate();
    double updated = deleted + o.updateRate();
    if (u < deleted) {
      return p.deletes() ? DELETE : NONE;
    }
    if (u < updated) {
      return p.updates() ? UPDATE : NONE;
    }
    return u < updated + o.redeliveryRate() ? ORIGINAL : NONE;
  }

  /** A number in [0, 1) fixed by the seed, the contract and the entity. */
  static double unit(ContractPlan p, int e, int stream) {
    return (RowFactory.mix(p.salt ^ RowFactory.mix(e * 8L + stream)) >>> 11) * 0x1.0p-53;
  }
}
