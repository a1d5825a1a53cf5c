package io.datapact.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A field's logical type: a base type, the precision and scale of a decimal, the element of a list.
 *
 * <p>Written in contracts as {@code string}, {@code long}, {@code decimal(12,2)}, {@code list<date>}.
 */
public record LogicalType(Base base, int precision, int scale, LogicalType element) {
  /** The largest decimal precision every supported engine stores exactly. */
  public static final int MAX_PRECISION = 38;

  private static final Pattern DECIMAL = Pattern.compile("decimal\\(\\s*(\\d{1,9})\\s*,\\s*(\\d{1,9})\\s*\\)");
  private static final Pattern LIST = Pattern.compile("list<(.+)>");

  /** The base types. */
  public enum Base {
    STRING, INTEGER, LONG, DECIMAL, DOUBLE, BOOLEAN, DATE, TIMESTAMP, TIMESTAMPTZ, UUID, JSON, LIST;

    /** Integer, long, decimal or double. */
    public boolean numeric() {
      return this == INTEGER || this == LONG || this == DECIMAL || this == DOUBLE;
    }

    /** Date, timestamp or timestamptz. */
    public boolean temporal() {
      return this == DATE || this == TIMESTAMP || this == TIMESTAMPTZ;
    }
  }

  /** Thrown for text that is not a type; {@link #bounds()} tells a decimal out of bounds apart. */
  public static final class TypeSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean bounds;

    TypeSyntaxException(String message, boolean bounds) {
      super(message);
      this.bounds = bounds;
    }

    /** True when the syntax is right but a decimal's precision or scale is out of bounds. */
    public boolean bounds() {
      return bounds;
    }
  }

  /** The spellings accepted, for messages. */
  public static String known() {
    return Arrays.stream(Base.values())
        .map(b -> switch (b) {
          case DECIMAL -> "decimal(p,s)";
          case LIST -> "list<T>";
          default -> b.name().toLowerCase(Locale.ROOT);
        })
        .collect(Collectors.joining(", "));
  }

  /** Successful parses by text: a catalog has few distinct types and many rules ask for them. */
  private static final java.util.concurrent.ConcurrentMap<String, LogicalType> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Parses a type as written in a contract. */
  public static LogicalType parse(String text) {
    LogicalType cached = text == null ? null : PARSED.get(text);
    if (cached != null) {
      return cached;
    }
    LogicalType parsed = parseUncached(text);
    if (PARSED.size() < 10_000) {
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  private static LogicalType parseUncached(String text) {
    String t = text == null ? "" : text.trim();
    Matcher decimal = DECIMAL.matcher(t);
    if (decimal.matches()) {
      int precision = Integer.parseInt(decimal.group(1));
      int scale = Integer.parseInt(decimal.group(2));
      if (precision < 1 || precision > MAX_PRECISION || scale > precision) {
        throw new TypeSyntaxException("decimal(" + precision + "," + scale + ") is out of bounds", true);
      }
      return new LogicalType(Base.DECIMAL, precision, scale, null);
    }
    Matcher list = LIST.matcher(t);
    if (list.matches()) {
      // Refuse nesting before reading the element, so list<list<x>> says why whatever x is.
      if (LIST.matcher(list.group(1).trim()).matches()) {
        throw new TypeSyntaxException("lists of lists are not supported", false);
      }
      return new LogicalType(Base.LIST, 0, 0, parse(list.group(1)));
    }
    for (Base base : Base.values()) {
      if (base != Base.DECIMAL && base != Base.LIST && base.name().toLowerCase(Locale.ROOT).equals(t)) {
        return new LogicalType(base, 0, 0, null);
      }
    }
    throw new TypeSyntaxException("unknown type '" + t + "'", false);
  }

  @Override
  public String toString() {
    return switch (base) {
      case DECIMAL -> "decimal(" + precision + "," + scale + ")";
      case LIST -> "list<" + element + ">";
      default -> base.name().toLowerCase(Locale.ROOT);
    };
  }
}
