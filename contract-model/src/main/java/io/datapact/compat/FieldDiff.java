package io.datapact.compat;

import io.datapact.model.Field;
import io.datapact.model.Length;
import io.datapact.model.LogicalType;
import io.datapact.model.Range;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The changes between two versions of one field: type, constraints and privacy. */
final class FieldDiff {
  /** Field components this class compares; any other component that differs is unclassified. */
  static final Set<String> HANDLED = Set.of("name", "sourceName", "type", "description", "required", "unique",
      "primaryKey", "pattern", "range", "length", "values", "references", "pii", "classification", "masking",
      "transform");

  private FieldDiff() {}

  static void diff(Field before, Field after, String path, Changes out) {
    LogicalType oldType = before.logicalType();
    LogicalType newType = after.logicalType();
    String typeRule = TypeCompare.classify(oldType, newType);
    if (typeRule != null) {
      out.add(typeRule, path + ".type", oldType, newType);
    }
    if (before.notNull() && !after.notNull()) {
      out.add("field-now-optional", path + ".required", true, false);
    } else if (!before.notNull() && after.notNull()) {
      out.add("field-now-required", path + ".required", false, true);
    }
    if (before.unique() != after.unique()) {
      out.add(after.unique() ? "unique-added" : "unique-removed", path + ".unique", before.unique(), after.unique());
    }
    values(before, after, path + ".enum", out);
    range(before, after, path + ".range", out);
    length(before.length(), after.length(), path + ".length", out);
    pattern(before.pattern(), after.pattern(), path + ".pattern", out);
    out.ifDiffers("references-changed", path + ".references", before.references(), after.references());
    out.ifDiffers("source-name-changed", path + ".sourceName", before.rawName(), after.rawName());
    out.ifDiffers("transform-changed", path + ".transform", before.transform(), after.transform());
    if (!Canonical.sameText(before.description(), after.description())) {
      out.add("description-changed", path + ".description", before.description(), after.description());
    }
    Privacy.diff(before, after, path, out);
  }

  private static void values(Field before, Field after, String path, Changes out) {
    if (before.values().isEmpty() && after.values().isEmpty()) {
      return;
    }
    if (before.values().isEmpty()) {
      out.add("enum-constraint-added", path, null, after.values());
      return;
    }
    if (after.values().isEmpty()) {
      out.add("enum-constraint-removed", path, before.values(), null);
      return;
    }
    Set<String> oldValues = canonical(before.logicalType(), before.values());
    Set<String> newValues = canonical(after.logicalType(), after.values());
    for (String value : oldValues) {
      if (!newValues.contains(value)) {
        out.add("enum-value-removed", path, value, null);
      }
    }
    for (String value : newValues) {
      if (!oldValues.contains(value)) {
        out.add("enum-value-added", path, null, value);
      }
    }
  }

  private static Set<String> canonical(LogicalType type, List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    values.forEach(v -> out.add(Canonical.value(type, v)));
    return out;
  }

  private static void range(Field before, Field after, String path, Changes out) {
    Range oldRange = before.range() == null ? new Range(null, null) : before.range();
    Range newRange = after.range() == null ? new Range(null, null) : after.range();
    bound(before.logicalType(), after.logicalType(), oldRange.min(), newRange.min(), path + ".min", true, "range", out);
    bound(before.logicalType(), after.logicalType(), oldRange.max(), newRange.max(), path + ".max", false, "range", out);
  }

  private static void length(Length before, Length after, String path, Changes out) {
    Length oldLength = before == null ? new Length(null, null) : before;
    Length newLength = after == null ? new Length(null, null) : after;
    LogicalType count = LogicalType.parse("long");
    bound(count, count, str(oldLength.min()), str(newLength.min()), path + ".min", true, "length", out);
    bound(count, count, str(oldLength.max()), str(newLength.max()), path + ".max", false, "length", out);
  }

  private static String str(Integer value) {
    return value == null ? null : value.toString();
  }

  /**
   * Compares one bound: a lower bound tightens when it rises or appears, an upper bound when it
   * falls or appears. Bounds that cannot be read as their type are compared as text.
   */
  private static void bound(LogicalType oldType, LogicalType newType, String before, String after, String path,
      boolean lower, String kind, Changes out) {
    if (Objects.equals(before, after)) {
      return;
    }
    int direction; // > 0: tightened
    if (before == null || after == null) {
      direction = before == null ? 1 : -1;
    } else {
      Integer c = compare(oldType, before, newType, after);
      if (c == null) {
        out.add(RuleTable.UNCLASSIFIED, path, before, after);
        return;
      }
      if (c == 0) {
        return;
      }
      direction = lower ? c : -c;
    }
    out.add(kind + (direction > 0 ? "-tightened" : "-loosened"), path, before, after);
  }

  /** Sign of {@code after - before}, or null when the values cannot be compared. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Integer compare(LogicalType oldType, String before, LogicalType newType, String after) {
    try {
      Comparable a = Canonical.comparable(oldType, before);
      Comparable b = Canonical.comparable(newType, after);
      if (a instanceof BigDecimal && b instanceof BigDecimal || a.getClass() == b.getClass()) {
        return Integer.signum(b.compareTo(a));
      }
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void pattern(String before, String after, String path, Changes out) {
    if (Objects.equals(before, after)) {
      return;
    }
    String rule = before == null ? "pattern-added" : after == null ? "pattern-removed" : "pattern-changed";
    out.add(rule, path, before, after);
  }
}
