package io.datapact.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Literal values written in contracts (enum values, range bounds) read as their field's type. */
public final class Values {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Values() {}

  /**
   * Reads {@code text} as a value of {@code type}, for comparison.
   *
   * @throws IllegalArgumentException with a reason a user can act on
   */
  public static Comparable<?> parse(LogicalType type, String text) {
    try {
      return switch (type.base()) {
        case STRING -> text;
        case INTEGER -> integer(text, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        case LONG -> integer(text, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        case DECIMAL -> decimal(type, text);
        case DOUBLE -> new BigDecimal(text);
        case BOOLEAN -> bool(text);
        case DATE -> LocalDate.parse(text);
        case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
        case TIMESTAMPTZ -> OffsetDateTime.parse(text.replace(' ', 'T'));
        case UUID -> uuid(text);
        case JSON, LIST -> throw new IllegalArgumentException("values of type " + type + " cannot be listed");
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type);
    }
  }

  private static BigInteger integer(String text, BigInteger min, BigInteger max) {
    BigInteger value = new BigInteger(text);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException("'" + text + "' is out of range " + min + ".." + max);
    }
    return value;
  }

  private static BigDecimal decimal(LogicalType type, String text) {
    BigDecimal value = new BigDecimal(text);
    BigDecimal stripped = value.stripTrailingZeros();
    if (Math.max(0, stripped.scale()) > type.scale()) {
      throw new IllegalArgumentException("'" + text + "' has more than " + type.scale() + " decimal places");
    }
    if (stripped.precision() - stripped.scale() > type.precision() - type.scale()) {
      throw new IllegalArgumentException("'" + text + "' has more than " + (type.precision() - type.scale())
          + " digits before the decimal point");
    }
    return value;
  }

  private static Boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("'" + text + "' is not true or false");
    }
    return Boolean.valueOf(text);
  }

  private static UUID uuid(String text) {
    if (!UUID_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a uuid");
    }
    return UUID.fromString(text);
  }
}
