package io.datapact.compat;

import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;

/** Whether a new logical type holds every value of the old one (widened) or not (narrowed). */
final class TypeCompare {
  /**
   * Digits before the point: an integer holds every 9-digit number and some 10-digit ones, a long
   * every 18-digit number and some 19-digit ones.
   */
  private static final int INTEGER_HELD = 9;
  private static final int INTEGER_NEEDED = 10;
  private static final int LONG_HELD = 18;
  private static final int LONG_NEEDED = 19;

  private TypeCompare() {}

  /** The rule id for a type change, or null when the types are the same. */
  static String classify(LogicalType before, LogicalType after) {
    if (before.equals(after)) {
      return null;
    }
    if (before.base() == Base.LIST && after.base() == Base.LIST) {
      return classify(before.element(), after.element());
    }
    if (holds(after, before)) {
      return "type-widened";
    }
    if (before.base().numeric() && after.base().numeric()) {
      return "type-narrowed";
    }
    return "type-changed";
  }

  /** Whether every value of {@code inner} is a value of {@code outer}. */
  private static boolean holds(LogicalType outer, LogicalType inner) {
    Base o = outer.base();
    Base i = inner.base();
    if (o == Base.DOUBLE) {
      // A double holds every integer exactly, but not every long or decimal.
      return i == Base.INTEGER;
    }
    if (!exact(o) || !exact(i)) {
      return false;
    }
    return held(outer) >= needed(inner) && scale(outer) >= scale(inner);
  }

  private static boolean exact(Base base) {
    return base == Base.INTEGER || base == Base.LONG || base == Base.DECIMAL;
  }

  /** Digits before the point every value of the type fits in. */
  private static int needed(LogicalType type) {
    return switch (type.base()) {
      case INTEGER -> INTEGER_NEEDED;
      case LONG -> LONG_NEEDED;
      default -> type.precision() - type.scale();
    };
  }

  /** Digits before the point the type holds for every value that has that many. */
  private static int held(LogicalType type) {
    return switch (type.base()) {
      case INTEGER -> INTEGER_HELD;
      case LONG -> LONG_HELD;
      default -> type.precision() - type.scale();
    };
  }

  private static int scale(LogicalType type) {
    return type.base() == Base.DECIMAL ? type.scale() : 0;
  }
}
