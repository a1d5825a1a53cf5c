package io.datapact.generator.verify;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.HardDeletes;
import io.datapact.model.IncrementalStrategy;
import io.datapact.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What is generated for one contract: for each field how its values are drawn and what part it
 * plays (key, stored for references, foreign key, version time, deleted flag), its uniqueness
 * groups, and what batch 2 may do to it. Built by {@link PlanBuilder}; rows are made by
 * {@link RowFactory} from the plan and the {@link EntityStore}s.
 *
 * <p>Rows are about entities: entity {@code e} (a business key) has its batch 1 row for
 * {@code e < batch1}; entities {@code batch1 .. batch1 + added - 1} are new in batch 2.
 */
final class ContractPlan {
  final Contract contract;
  final List<Field> fields;
  final long salt;
  final double nullRate;
  final int batch1;
  final int added;
  /** Per field: draws non-null values (unused for foreign keys). */
  final Draw[] draws;
  /** Per field: may be NULL. */
  final boolean[] nullable;
  /** Per field: where a foreign key draws from, else null. */
  final Reference[] references;
  /** Per field: kept per entity (keys and referenced fields). */
  final boolean[] stored;
  /** Per field: the first and second half of its time window for version times, else null. */
  final Draw[] early;
  final Draw[] late;
  /** Marks a field whose key is not counted up. */
  static final long NOT_SEQUENTIAL = Long.MIN_VALUE;
  /** Uniqueness groups as field indexes. */
  final List<int[]> groups;
  /** Per field: the first value of a key counted up per entity, or {@link #NOT_SEQUENTIAL}. */
  final long[] sequentialBase;
  /** The deleted flag, the fact time column, or -1. */
  final int flag;
  final int timeColumn;
  /** Fields an update may change, and those one of which it must change (tracked ones for SCD2). */
  int[] changeable = new int[0];
  int[] preferred = new int[0];
  /** Set once the plans it references have theirs. */
  EntityStore store;

  ContractPlan(Contract contract, long seed, double nullRate, int batch1, int added, int fieldCount, int flag,
      int timeColumn) {
    this.contract = contract;
    this.fields = contract.fields();
    this.salt = RowFactory.mix(seed * 31 + (contract.id() + " " + contract.version()).hashCode());
    this.nullRate = nullRate;
    this.batch1 = batch1;
    this.added = added;
    this.draws = new Draw[fieldCount];
    this.nullable = new boolean[fieldCount];
    this.references = new Reference[fieldCount];
    this.stored = new boolean[fieldCount];
    this.early = new Draw[fieldCount];
    this.late = new Draw[fieldCount];
    this.groups = new ArrayList<>();
    this.sequentialBase = new long[fieldCount];
    java.util.Arrays.fill(sequentialBase, NOT_SEQUENTIAL);
    this.flag = flag;
    this.timeColumn = timeColumn;
  }

  /** Entities over both batches. */
  int entities() {
    return batch1 + added;
  }

  /** The random source of one entity: stream 0 for stored values, 1 for batch 1's row, 2 for its change. */
  SplittableRandom random(int entity, int stream) {
    return new SplittableRandom(RowFactory.mix(salt + RowFactory.mix(entity * 8L + stream)));
  }

  /** The business key: the dimension key, else the grain, else the primary key fields; may be empty. */
  List<String> businessKey() {
    if (contract.kind() == Kind.DIMENSION) {
      return contract.scd().key();
    }
    if (!contract.grain().isEmpty()) {
      return contract.grain();
    }
    return fields.stream().filter(Field::primaryKey).map(Field::name).toList();
  }

  /** An SCD2 dimension whose batches are full snapshots: a key missing from a batch is deleted. */
  boolean snapshot() {
    return contract.kind() == Kind.DIMENSION && contract.scd().type() == 2
        && contract.scd().deletes() != HardDeletes.IGNORE && contract.source().deletedFlag() == null;
  }

  /** Whether batch 2 deletes keys: by leaving them out of a snapshot, or by flagging them. */
  boolean deletes() {
    return !businessKey().isEmpty() && (snapshot() || flag >= 0);
  }

  /** Whether batch 2 changes existing keys; SCD0 dimensions and append facts never take changes. */
  boolean updates() {
    boolean insertOnly = contract.kind() == Kind.DIMENSION ? contract.scd().type() == 0
        : contract.incremental() != null && contract.incremental().strategy() == IncrementalStrategy.APPEND;
    return !businessKey().isEmpty() && !insertOnly && changeable.length > 0;
  }
}
