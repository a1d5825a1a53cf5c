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
  private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

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
        case DOUBLE -> dbl(text);
        case BOOLEAN -> bool(text);
        case DATE -> LocalDate.parse(text);
        case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
        case TIMESTAMPTZ -> OffsetDateTime.parse(text.replace(' ', 'T'));
        case UUID -> uuid(text);
        case JSON, LIST -> throw new IllegalArgumentException("values of type " + type + " cannot be listed");
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + article(type) + " " + type + format(type));
    }
  }

  /** "an" before integer, "a" before every other type name. */
  private static String article(LogicalType type) {
    return type.base() == LogicalType.Base.INTEGER ? "an" : "a";
  }

  /** The expected spelling of temporal values, which is what users most often get wrong. */
  private static String format(LogicalType type) {
    return switch (type.base()) {
      case DATE -> " (expected YYYY-MM-DD)";
      case TIMESTAMP -> " (expected YYYY-MM-DD HH:MM:SS)";
      case TIMESTAMPTZ -> " (expected YYYY-MM-DD HH:MM:SS and Z or an offset such as +02:00)";
      default -> "";
    };
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
      throw new IllegalArgumentException("'" + text + "' has more than " + type.scale() + " decimal place"
          + (type.scale() == 1 ? "" : "s"));
    }
    // Digits of the integer part; none for a value below one, so that 0 and 0.5 fit decimal(2,2).
    BigInteger whole = value.abs().toBigInteger();
    int digits = whole.signum() == 0 ? 0 : whole.toString().length();
    if (digits > type.precision() - type.scale()) {
      throw new IllegalArgumentException("'" + text + "' has more than " + (type.precision() - type.scale())
          + " digits before the decimal point");
    }
    return value;
  }

  private static BigDecimal dbl(String text) {
    BigDecimal value = new BigDecimal(text);
    if (value.abs().compareTo(DOUBLE_MAX) > 0) {
      throw new IllegalArgumentException("'" + text + "' is out of the range of a double");
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
