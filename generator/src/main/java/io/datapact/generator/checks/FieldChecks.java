package io.datapact.generator.checks;

import static io.datapact.generator.checks.PlannedCheck.CURRENT;
import static io.datapact.generator.checks.PlannedCheck.MAX;
import static io.datapact.generator.checks.PlannedCheck.MIN;
import static io.datapact.generator.checks.PlannedCheck.ROWS;
import static io.datapact.generator.checks.PlannedCheck.TYPE;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The checks a contract's field rules imply: not null, unique, primary key, values, bounds, references. */
final class FieldChecks {
  private FieldChecks() {}

  /** Every field check of the contract, in field order, then the primary key. */
  static List<PlannedCheck> of(CheckContext x) {
    List<PlannedCheck> out = new ArrayList<>();
    for (Field f : x.contract.fields()) {
      out.addAll(of(x, f));
    }
    primaryKey(x).ifPresent(out::add);
    return out;
  }

  private static List<PlannedCheck> of(CheckContext x, Field f) {
    List<PlannedCheck> out = new ArrayList<>();
    String slug = x.slug(f.name());
    List<String> column = List.of(f.name());
    if (f.notNull()) {
      out.add(x.check(CheckKind.NOT_NULL, slug, column, typed(f), Severity.ERROR));
    }
    if (f.unique() && !f.primaryKey() && !dedupedByStaging(x, column)) {
      out.add(x.check(CheckKind.UNIQUE, slug, column, current(x, typed(f)), Severity.ERROR));
    }
    if (!f.values().isEmpty()) {
      out.add(x.check(CheckKind.ACCEPTED_VALUES, slug, column,
          with(typed(f), PlannedCheck.VALUES, f.values()), Severity.ERROR));
    }
    if (f.range() != null) {
      out.add(x.check(CheckKind.RANGE, slug, column, bounds(typed(f), f.range().min(), f.range().max()), Severity.ERROR));
    }
    if (f.pattern() != null) {
      out.add(x.check(CheckKind.PATTERN, slug, column, with(typed(f), PlannedCheck.PATTERN, List.of(f.pattern())),
          Severity.ERROR));
    }
    if (f.length() != null) {
      out.add(x.check(CheckKind.LENGTH, slug, column, bounds(typed(f), text(f.length().min()), text(f.length().max())),
          Severity.ERROR));
    }
    if (f.references() != null) {
      relationship(x, f).ifPresent(out::add);
    }
    return out;
  }

  /** The combination of the primary key fields; not for a source keyed by them, whose staging view is one row per key. */
  private static Optional<PlannedCheck> primaryKey(CheckContext x) {
    List<String> keys = x.contract.fields().stream().filter(Field::primaryKey).map(Field::name).toList();
    if (keys.isEmpty() || dedupedByStaging(x, keys)) {
      return Optional.empty();
    }
    return Optional.of(x.check(CheckKind.PRIMARY_KEY, x.slugs(keys), keys, current(x, Map.of()), Severity.ERROR));
  }

  /** Every value finds a row of the latest version's published object; a reference to an unknown id is skipped. */
  private static Optional<PlannedCheck> relationship(CheckContext x, Field f) {
    String ref = f.references();
    int second = ref.indexOf('.', ref.indexOf('.') + 1);
    Optional<Contract> parent = x.catalog.latest(ref.substring(0, second));
    return parent.map(p -> {
      Map<String, List<String>> params = typed(f);
      params.put(PlannedCheck.PARENT, List.of(x.catalog.names(p).published().toString()));
      params.put(PlannedCheck.PARENT_COLUMN, List.of(ref.substring(second + 1)));
      return x.check(CheckKind.RELATIONSHIPS, x.slug(f.name()), List.of(f.name()), params, Severity.ERROR);
    });
  }

  /** A source's staging view keeps one row per business key, so a check of those keys' uniqueness cannot fail. */
  private static boolean dedupedByStaging(CheckContext x, List<String> columns) {
    return x.contract.kind() == Kind.SOURCE && x.keys().equals(columns);
  }

  private static Map<String, List<String>> typed(Field f) {
    Map<String, List<String>> params = new TreeMap<>();
    params.put(TYPE, List.of(f.logicalType().toString()));
    return params;
  }

  private static Map<String, List<String>> current(CheckContext x, Map<String, List<String>> params) {
    return x.scd2() ? with(params, ROWS, List.of(CURRENT)) : params;
  }

  private static Map<String, List<String>> bounds(Map<String, List<String>> params, String min, String max) {
    Map<String, List<String>> out = min == null ? params : with(params, MIN, List.of(min));
    return max == null ? out : with(out, MAX, List.of(max));
  }

  private static Map<String, List<String>> with(Map<String, List<String>> params, String key, List<String> value) {
    Map<String, List<String>> out = new TreeMap<>(params);
    out.put(key, value);
    return out;
  }

  private static String text(Integer value) {
    return value == null ? null : value.toString();
  }
}
