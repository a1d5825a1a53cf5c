package io.datapact.generator.verify;

import io.datapact.model.LogicalType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The values of a contract's stored fields (keys, unique fields, fields others reference) for
 * every entity of both batches, drawn once so that batch 2 repeats them and foreign keys find
 * them. Uniqueness groups are kept unique by drawing again on a collision.
 */
final class EntityStore {
  private static final int ATTEMPTS = 1_000;
  private static final int REFERENCE_ATTEMPTS = 8;

  private final ContractPlan plan;
  private final Object[][] values;

  private EntityStore(ContractPlan plan) {
    this.plan = plan;
    this.values = new Object[plan.fields.size()][];
    for (int f = 0; f < values.length; f++) {
      values[f] = plan.stored[f] ? new Object[plan.entities()] : null;
    }
  }

  /** Draws the stored values of every entity; the stores of referenced plans must exist. */
  static EntityStore build(ContractPlan plan) {
    EntityStore store = new EntityStore(plan);
    plan.store = store;
    List<DigestSet> seen = new ArrayList<>();
    plan.groups.forEach(g -> seen.add(new DigestSet(plan.entities())));
    for (int e = 0; e < plan.entities(); e++) {
      SplittableRandom random = plan.random(e, 0);
      boolean[] done = new boolean[store.values.length];
      for (int g = 0; g < plan.groups.size(); g++) {
        store.unique(e, plan.groups.get(g), seen.get(g), done, random);
      }
      for (int f = 0; f < store.values.length; f++) {
        if (store.values[f] != null && !done[f]) {
          store.values[f][e] = RowFactory.value(plan, f, e, e < plan.batch1 ? 1 : 2, random);
        }
      }
    }
    return store;
  }

  private void unique(int e, int[] group, DigestSet seen, boolean[] done, RandomGenerator random) {
    int single = group.length == 1 ? group[0] : -1;
    if (single >= 0 && plan.sequentialBase[single] != ContractPlan.NOT_SEQUENTIAL) {
      long value = plan.sequentialBase[single] + e;
      values[single][e] = plan.fields.get(single).logicalType().base() == LogicalType.Base.INTEGER ? (Object) (int) value : (Object) value;
      done[single] = true;
      return;
    }
    boolean[] fixed = done.clone();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] tuple = new Object[group.length];
      for (int k = 0; k < group.length; k++) {
        int f = group[k];
        if (!fixed[f]) {
          values[f][e] = RowFactory.value(plan, f, e, e < plan.batch1 ? 1 : 2, random);
        }
        tuple[k] = values[f][e];
        done[f] = true;
      }
      if (Arrays.stream(tuple).anyMatch(v -> v == null) || seen.add(single >= 0 ? tuple[0] : List.of(tuple))) {
        return;
      }
    }
    throw new IllegalArgumentException(plan.contract.id() + ": no new value of " + names(group) + " found in "
        + ATTEMPTS + " attempts for row " + (e + 1) + "; its enum, pattern, range or references allow fewer distinct"
        + " values than the " + plan.entities() + " rows asked for");
  }

  private String names(int[] group) {
    return Arrays.stream(group).mapToObj(f -> plan.fields.get(f).name()).toList().toString();
  }

  /** The stored value of a field for an entity. */
  Object value(int field, int entity) {
    return values[field][entity];
  }

  /**
   * A value for the foreign key {@code field} of {@code from}, in a row of {@code entity} in
   * {@code batch}: a value of the referenced field of an entity of that batch or earlier, or of an
   * earlier entity when the reference is to the own contract; never of an entity batch 2 deletes,
   * so no row becomes an orphan. NULL only when there is none to take.
   */
  static Object reference(ContractPlan from, int field, int entity, int batch, RandomGenerator random) {
    Reference ref = from.references[field];
    ContractPlan target = ref.target();
    boolean self = target == from;
    int available = self ? entity : batch == 1 ? target.batch1 : target.entities();
    if (self && available == 0) {
      return from.nullable[field] ? null : target.store.value(ref.field(), entity);
    }
    for (int k = 0; k < REFERENCE_ATTEMPTS && available > 0; k++) {
      int e = random.nextInt(available);
      Object value = target.deleted(e) ? null : target.store.value(ref.field(), e);
      if (value != null) {
        return value;
      }
    }
    int start = available > 0 ? random.nextInt(available) : 0;
    for (int k = 0; k < available; k++) {
      int e = (start + k) % available;
      Object value = target.deleted(e) ? null : target.store.value(ref.field(), e);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
