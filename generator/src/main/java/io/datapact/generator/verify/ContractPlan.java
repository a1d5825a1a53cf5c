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
  /** The share of batch 1 keys batch 2 deletes, when the contract {@link #deletes()}. */
  double deleteRate;
  /** The contract's checks every row meets, their names, and field indexes by name (exact and lower case). */
  ExpressionEvaluator[] checks = new ExpressionEvaluator[0];
  String[] checkNames = new String[0];
  /** Per check, the fields it reads. */
  int[][] checkFields = new int[0][];
  final java.util.Map<String, Integer> fieldIndex = new java.util.HashMap<>();

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
    for (int f = 0; f < fields.size(); f++) {
      fieldIndex.putIfAbsent(fields.get(f).name().toLowerCase(java.util.Locale.ROOT), f);
    }
    for (int f = 0; f < fields.size(); f++) {
      fieldIndex.put(fields.get(f).name(), f);
    }
  }

  /**
   * Whether batch 2 deletes the batch 1 entity {@code e}; such keys are never referenced, so no
   * row of another contract (or of this one) is left an orphan.
   */
  boolean deleted(int e) {
    return e < batch1 && deleteRate > 0 && deletes() && BatchPlan.unit(this, e, 5) < deleteRate;
  }

  /** The name of the first check the row fails, or null when it meets all (NULL counts as met). */
  String failedCheck(Object[] row) {
    int k = failedCheckIndex(row);
    return k < 0 ? null : checkNames[k];
  }

  /** The index of the first check the row fails, or -1 when it meets all (NULL counts as met). */
  int failedCheckIndex(Object[] row) {
    for (int k = 0; k < checks.length; k++) {
      if (!checks[k].passes(name -> {
        int f = field(name);
        return f < 0 ? null : row[f];
      })) {
        return k;
      }
    }
    return -1;
  }

  /** The index of a field named in a check (exactly, else in lower case), or -1. */
  int field(String name) {
    Integer f = fieldIndex.get(name);
    if (f == null) {
      f = fieldIndex.get(name.toLowerCase(java.util.Locale.ROOT));
    }
    return f == null ? -1 : f;
  }

  /** The fields check {@code k} reads. */
  int[] fieldsOf(int k) {
    return checks[k].columns().stream().mapToInt(this::field).filter(f -> f >= 0).distinct().toArray();
  }

  /** Entities over both batches. */
  int entities() {
    return batch1 + added;
  }

  /** The random source of one entity: stream 0 for stored values, 1 for batch 1's row, 2 for its change. */
  SplittableRandom random(int entity, int stream) {
    return new SplittableRandom(RowFactory.mix(salt + RowFactory.mix(entity * 8L + stream)));
  }

  /** Attempt {@code attempt} of a stream; attempt 0 is {@link #random(int, int)}. */
  SplittableRandom random(int entity, int stream, int attempt) {
    return attempt == 0 ? random(entity, stream) : new SplittableRandom(
        RowFactory.mix(salt + RowFactory.mix(entity * 8L + stream) + RowFactory.mix(0x9E3779B97F4A7C15L * attempt)));
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
