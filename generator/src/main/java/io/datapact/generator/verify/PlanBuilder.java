package io.datapact.generator.verify;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Durations;
import io.datapact.model.Expression;
import io.datapact.model.Sla;
import java.time.Duration;
import java.time.Instant;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.LogicalType;
import io.datapact.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Builds the {@link ContractPlan} of a contract once the plans of the contracts it references exist. */
final class PlanBuilder {
  private final Contract c;
  private final SyntheticOptions options;
  private final Function<String, ContractPlan> planOfId;
  private final List<String> warnings;

  PlanBuilder(Contract contract, SyntheticOptions options, Function<String, ContractPlan> planOfId, List<String> warnings) {
    this.c = contract;
    this.options = options;
    this.planOfId = planOfId;
    this.warnings = warnings;
  }

  /**
   * The plan. Resolving a reference marks the referenced field of the target plan stored, so
   * plans are built targets first, and stores only once every plan is built.
   */
  ContractPlan build() {
    int n1 = options.rowsOf(c);
    int added = n1 == 0 || options.newRate() == 0 ? 0 : Math.max(1, (int) Math.round(n1 * options.newRate()));
    Double maxChange = c.sla() == null || c.sla().volume() == null ? null : c.sla().volume().maxDailyChangePct();
    if (maxChange != null && options.volumeBounds()) {
      added = (int) Math.min(added, Math.floor(n1 * maxChange / 100));
    }
    ContractPlan p = new ContractPlan(c, options.seed(), options.nullRate(), n1, added, c.fields().size(),
        index(c.source().deletedFlag()), c.kind() == Kind.FACT && c.incremental() != null
            ? temporalIndex(c.incremental().timeColumn()) : -1);
    Set<Integer> keys = groups(p);
    for (int f = 0; f < p.fields.size(); f++) {
      field(p, f, keys.contains(f));
    }
    changes(p, keys);
    p.deleteRate = options.deleteRate();
    checks(p);
    return p;
  }

  /** Compiles the contract's checks without placeholders; one that cannot be evaluated is a warning. */
  private void checks(ContractPlan p) {
    List<ExpressionEvaluator> compiled = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Instant now = options.now() != null ? options.now() : SyntheticOptions.DEFAULT_NOW;
    for (Check check : c.checks()) {
      Expression e = Expression.parse(check.expression());
      if (!e.parameters().isEmpty()) {
        continue;
      }
      try {
        compiled.add(ExpressionEvaluator.compile(e, now));
        names.add(check.name());
      } catch (IllegalArgumentException ex) {
        warnings.add(c.id() + ": check '" + check.name() + "' is not met on purpose by synthetic rows: " + ex.getMessage());
      }
    }
    p.checks = compiled.toArray(new ExpressionEvaluator[0]);
    p.checkNames = names.toArray(new String[0]);
    p.checkFields = java.util.stream.IntStream.range(0, p.checks.length).mapToObj(p::fieldsOf).toArray(int[][]::new);
  }

  /** The freshness column when it is a temporal field, else -1. */
  private int freshnessIndex() {
    return c.sla() == null || c.sla().freshness() == null ? -1 : temporalIndex(c.sla().freshness().column());
  }

  /**
   * Epoch seconds of batch 1's and batch 2's values of the freshness column: all within
   * {@code warnAfter} (else {@code errorAfter}) before now, batch 1's older half before batch 2's.
   */
  private long[] freshWindow() {
    Sla.Freshness fr = c.sla().freshness();
    Duration age = Durations.parse(fr.warnAfter() != null ? fr.warnAfter() : fr.errorAfter());
    long now = options.now().getEpochSecond();
    long span = Math.max(4, age.getSeconds());
    return new long[] {now - span * 9 / 10, now - span / 2 - 1, now - span / 2, now - 1};
  }

  private void field(ContractPlan p, int f, boolean key) {
    Field field = p.fields.get(f);
    boolean versionTime = versionTimes().contains(f);
    p.nullable[f] = !field.notNull() && !key && f != p.flag && !versionTime;
    if (field.references() != null) {
      p.references[f] = resolve(p, field);
      if (p.references[f] == null && !field.notNull()) {
        p.draws[f] = r -> null;
        p.nullable[f] = false;
        return;
      }
    }
    try {
      p.draws[f] = FieldValues.of(field);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(c.id() + "." + field.name() + ": " + e.getMessage(), e);
    }
    if (versionTime && f == freshnessIndex() && options.now() != null) {
      long[] w = freshWindow();
      p.early[f] = FieldValues.temporal(field.logicalType(), w[0], w[1]);
      p.late[f] = FieldValues.temporal(field.logicalType(), w[2], w[3]);
    } else if (versionTime) {
      long[] window = Domains.seconds(field, false);
      long middle = window[0] + (window[1] - window[0]) / 2;
      p.early[f] = FieldValues.temporal(field.logicalType(), window[0], middle);
      p.late[f] = FieldValues.temporal(field.logicalType(), middle + 1, window[1]);
    }
  }

  /** The version time fields: {@code scd.updatedAt}, a load-time field, the fact time column. */
  private Set<Integer> versionTimes() {
    Set<Integer> out = new LinkedHashSet<>();
    out.add(temporalIndex(c.scd() == null ? null : c.scd().updatedAt()));
    String loadedAt = c.source().loadedAt();
    out.add(temporalIndex(Source.DEFAULT_LOADED_AT.equals(loadedAt) ? null : loadedAt));
    out.add(temporalIndex(c.incremental() == null ? null : c.incremental().timeColumn()));
    if (options.now() != null) {
      out.add(freshnessIndex());
    }
    out.remove(-1);
    return out;
  }

  private Reference resolve(ContractPlan p, Field field) {
    String ref = field.references();
    int dot = ref.indexOf('.', ref.indexOf('.') + 1);
    String id = dot < 0 ? ref : ref.substring(0, dot);
    ContractPlan target = id.equals(c.id()) ? p : planOfId.apply(id);
    int index = target == null || dot < 0 ? -1 : fieldIndex(target.fields, ref.substring(dot + 1));
    if (index < 0) {
      warnings.add(c.id() + "." + field.name() + ": references " + ref + ", which is not among the contracts; "
          + (field.notNull() ? "its values follow the field's own rules" : "it is left NULL, so no row is an orphan"));
      return null;
    }
    target.stored[index] = true;
    return new Reference(target, index);
  }

  /**
   * The uniqueness groups (the business key, the primary key, each unique field), without one that
   * holds another; returns the fields of the key groups, which are never NULL.
   */
  private Set<Integer> groups(ContractPlan p) {
    List<String> pk = p.fields.stream().filter(Field::primaryKey).map(Field::name).toList();
    List<List<String>> named = new ArrayList<>(List.of(p.businessKey(), pk));
    p.fields.stream().filter(Field::unique).forEach(f -> named.add(List.of(f.name())));
    Set<Integer> keys = new LinkedHashSet<>();
    named.subList(0, 2).forEach(g -> g.forEach(name -> keys.add(index(name))));
    List<int[]> groups = named.stream().filter(g -> !g.isEmpty())
        .map(g -> g.stream().mapToInt(this::index).filter(i -> i >= 0).sorted().distinct().toArray())
        .filter(g -> g.length > 0).distinct().toList();
    for (int[] g : groups) {
      boolean holdsAnother = groups.stream().anyMatch(o -> o != g && !Arrays.equals(o, g) && contains(g, o));
      if (!holdsAnother && p.groups.stream().noneMatch(o -> Arrays.equals(o, g))) {
        p.groups.add(g);
        Arrays.stream(g).forEach(f -> p.stored[f] = true);
        sequential(p, g);
      }
    }
    keys.remove(-1);
    return keys;
  }

  private static boolean contains(int[] outer, int[] inner) {
    return Arrays.stream(inner).allMatch(i -> Arrays.stream(outer).anyMatch(o -> o == i));
  }

  /** A group of one integer field with no enum and no reference counts up from its minimum (or 1). */
  private void sequential(ContractPlan p, int[] group) {
    Field f = p.fields.get(group[0]);
    LogicalType.Base base = f.logicalType().base();
    if (group.length != 1 || f.references() != null || !f.values().isEmpty()
        || base != LogicalType.Base.INTEGER && base != LogicalType.Base.LONG) {
      return;
    }
    boolean open = f.range() == null || f.range().min() == null;
    long first = open ? 1 : Domains.numbers(f)[0].longValueExact();
    long last = f.range() == null || f.range().max() == null
        ? (base == LogicalType.Base.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE) : Domains.numbers(f)[1].longValueExact();
    if (last - first + 1 < p.entities()) {
      throw new IllegalArgumentException(c.id() + "." + f.name() + ": range " + first + ".." + last + " holds fewer than "
          + p.entities() + " distinct keys");
    }
    p.sequentialBase[group[0]] = first;
  }

  /**
   * Updates change fields that are no key, no version time and not the deleted flag; fields that
   * turn out to be referenced (stored) are skipped by {@link RowFactory}.
   */
  private void changes(ContractPlan p, Set<Integer> keys) {
    Set<Integer> times = versionTimes();
    int[] changeable = IntStream.range(0, p.fields.size())
        .filter(f -> !keys.contains(f) && !times.contains(f) && f != p.flag).toArray();
    List<String> preferredNames = c.scd() == null ? List.of()
        : c.scd().type() == 2 ? c.scd().tracked() : c.scd().type() == 3 ? c.scd().previous() : List.of();
    int[] preferred = Arrays.stream(changeable).filter(f -> preferredNames.contains(p.fields.get(f).name())).toArray();
    p.changeable = changeable;
    p.preferred = preferred.length > 0 ? preferred : changeable;
  }

  private int index(String name) {
    return name == null ? -1 : fieldIndex(c.fields(), name);
  }

  private int temporalIndex(String name) {
    int i = index(name);
    return i >= 0 && c.fields().get(i).logicalType().base().temporal() ? i : -1;
  }

  private static int fieldIndex(List<Field> fields, String name) {
    return IntStream.range(0, fields.size()).filter(i -> fields.get(i).name().equals(name)).findFirst().orElse(-1);
  }
}
