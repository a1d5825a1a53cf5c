package io.datapact.compat;

import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The canonical forms both versions are compared in, so that spelling alone is never a change. */
final class Canonical {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private Canonical() {}

  /** Text with runs of whitespace collapsed and ends trimmed; null stays null. */
  static String text(String value) {
    return value == null ? null : SPACES.matcher(value.trim()).replaceAll(" ");
  }

  /** Whether two texts differ in more than whitespace. */
  static boolean sameText(String a, String b) {
    return java.util.Objects.equals(text(a), text(b));
  }

  /** A value read as its type and written back: {@code 1.50} and {@code 1.5} are one decimal. */
  static String value(LogicalType type, String text) {
    try {
      Comparable<?> value = comparable(type, text);
      return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** A value read as its type; integers of any size become decimals so that they compare across types. */
  static Comparable<?> comparable(LogicalType type, String text) {
    Comparable<?> value = Values.parse(type, text);
    return value instanceof BigInteger i ? new BigDecimal(i) : value;
  }
}
