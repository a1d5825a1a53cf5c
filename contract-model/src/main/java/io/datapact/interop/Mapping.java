package io.datapact.interop;

import io.datapact.model.Classification;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Value mappings shared by the importers: types, durations, classifications, personal data. */
final class Mapping {
  private static final Pattern SIZED = Pattern.compile("([a-z0-9_ ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?");
  private static final Pattern ISO = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]+)");
  private static final long MAX_DURATION = 999_999;

  private Mapping() {}

  /** A physical (SQL) type read as a datapact type, with the length of a sized text type. */
  record Physical(String type, Integer maxLength) {}

  /**
   * Reads database type names: {@code varchar(18)}, {@code bigint}, {@code numeric(12,2)},
   * {@code timestamp with time zone}, and datapact's own spelling ({@code decimal(12,2)},
   * {@code list<date>}). Empty when the name means nothing definite.
   */
  static Optional<Physical> physical(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      return Optional.of(new Physical(LogicalType.parse(t).toString(), null));
    } catch (IllegalArgumentException e) {
      // not datapact's spelling; try SQL names below
    }
    Matcher m = SIZED.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String base = m.group(1).trim();
    Integer size = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    String type = switch (base) {
      case "varchar", "char", "character", "character varying", "nvarchar", "nchar", "text", "string", "clob" -> "string";
      case "int", "int4", "int32", "integer", "smallint", "int2", "tinyint", "mediumint" -> "integer";
      case "bigint", "int8", "int64", "long" -> "long";
      case "decimal", "numeric", "number" -> size == null ? null
          : "decimal(" + size + "," + (m.group(3) == null ? "0" : m.group(3)) + ")";
      case "float", "float4", "float8", "float32", "float64", "double", "double precision", "real" -> "double";
      case "bool", "boolean", "bit" -> "boolean";
      case "date" -> "date";
      case "timestamp", "datetime", "timestamp without time zone", "timestamp_ntz", "datetime2" -> "timestamp";
      case "timestamptz", "timestamp with time zone", "timestamp_tz", "timestamp_ltz", "datetimeoffset" -> "timestamptz";
      case "uuid", "uniqueidentifier" -> "uuid";
      case "json", "jsonb", "variant", "object", "struct", "map" -> "json";
      default -> null;
    };
    if (type == null) {
      return Optional.empty();
    }
    boolean sizedText = type.equals("string") && size != null && !base.equals("text");
    if (type.startsWith("decimal")) {
      try {
        LogicalType.parse(type);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new Physical(type, sizedText ? size : null));
  }

  /** {@code decimal(p,s)} from a precision and an optional scale, when both are whole numbers within bounds. */
  static Optional<String> decimal(com.fasterxml.jackson.databind.JsonNode precision,
      com.fasterxml.jackson.databind.JsonNode scale) {
    if (!precision.isIntegralNumber()) {
      return Optional.empty();
    }
    String decimal = "decimal(" + precision.asInt() + "," + (scale.isIntegralNumber() ? scale.asInt() : 0) + ")";
    return physical(decimal).map(Physical::type);
  }

  /** The base type a physical type spells, to see whether it agrees with a logical type. */
  static LogicalType.Base base(String type) {
    return LogicalType.parse(type).base();
  }

  /**
   * A duration as datapact writes it ({@code 25h}, {@code 3d}) from a number and a unit
   * ({@code 4}, {@code d}), or from text such as {@code 25h}, {@code 1 day} or ISO 8601
   * {@code PT25H}; empty when it cannot be written exactly within six digits.
   */
  static Optional<String> duration(String value, String unit) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (unit != null) {
      return as(v, unit).or(() -> seconds(v, unit).flatMap(Mapping::written));
    }
    Matcher iso = ISO.matcher(v.toUpperCase(Locale.ROOT));
    if (v.length() > 1 && iso.matches()) {
      long total = part(iso.group(1)) * 86_400 + part(iso.group(2)) * 3600 + part(iso.group(3)) * 60 + part(iso.group(4));
      return total == 0 ? Optional.empty() : written(BigDecimal.valueOf(total));
    }
    Matcher s = SHORT.matcher(v.toLowerCase(Locale.ROOT));
    if (s.matches()) {
      return as(s.group(1), s.group(2)).or(() -> seconds(s.group(1), s.group(2)).flatMap(Mapping::written));
    }
    return Optional.empty();
  }

  /** A whole number in a unit datapact writes ({@code 60} {@code minutes} -> {@code 60m}), kept as stated. */
  private static Optional<String> as(String number, String unit) {
    String letter = switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "s", "sec", "secs", "second", "seconds" -> "s";
      case "m", "min", "mins", "minute", "minutes" -> "m";
      case "h", "hr", "hrs", "hour", "hours" -> "h";
      case "d", "day", "days" -> "d";
      default -> null;
    };
    if (letter == null || !number.matches("[1-9][0-9]{0,5}")) {
      return Optional.empty();
    }
    return Optional.of(number + letter);
  }

  private static long part(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static Optional<BigDecimal> seconds(String number, String unit) {
    BigDecimal n;
    try {
      n = new BigDecimal(number);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    long factor = switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "s", "sec", "secs", "second", "seconds" -> 1;
      case "m", "min", "mins", "minute", "minutes" -> 60;
      case "h", "hr", "hrs", "hour", "hours" -> 3600;
      case "d", "day", "days" -> 86_400;
      case "w", "week", "weeks" -> 7 * 86_400;
      default -> 0;
    };
    return factor == 0 ? Optional.empty() : Optional.of(n.multiply(BigDecimal.valueOf(factor)));
  }

  /** Seconds in the largest unit that divides them exactly. */
  private static Optional<String> written(BigDecimal seconds) {
    if (seconds.signum() <= 0 || seconds.stripTrailingZeros().scale() > 0) {
      return Optional.empty();
    }
    long s = seconds.longValueExact();
    long[] factors = {86_400, 3600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < factors.length; i++) {
      if (s % factors[i] == 0 && s / factors[i] <= MAX_DURATION) {
        return Optional.of(s / factors[i] + units[i]);
      }
    }
    return Optional.empty();
  }

  /** The datapact classification of a label, if it is one of datapact's four. */
  static Optional<Classification> classification(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    for (Classification c : Classification.values()) {
      if (c.name().toLowerCase(Locale.ROOT).equals(l)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The kind of personal data a field most likely holds, from its name and format. */
  static PiiKind guessPii(String name, String format) {
    String n = (name + " " + (format == null ? "" : format)).toLowerCase(Locale.ROOT);
    if (n.contains("email") || n.contains("e_mail")) {
      return PiiKind.EMAIL;
    } else if (n.contains("phone") || n.contains("mobile")) {
      return PiiKind.PHONE;
    } else if (n.contains("ssn") || n.contains("social_security")) {
      return PiiKind.SSN;
    } else if (n.contains("card")) {
      return PiiKind.CREDIT_CARD;
    } else if (n.contains("birth") || n.contains("dob")) {
      return PiiKind.BIRTH_DATE;
    } else if (n.contains("address") || n.contains("street") || n.contains("zip") || n.contains("postal")) {
      return PiiKind.ADDRESS;
    } else if (n.matches(".*\\bip\\b.*|.*(^|_)ip($|_).*")) {
      return PiiKind.IP;
    } else if (n.contains("name")) {
      return PiiKind.NAME;
    }
    return PiiKind.FREE_TEXT;
  }

  /** The kind's default masking when it works on the type, else {@code hash}, which works on any. */
  static Masking masking(PiiKind kind, String type) {
    LogicalType.Base base = base(type);
    Masking m = kind.defaultMasking();
    boolean works = switch (m) {
      case HASH, NULL -> true;
      case YEAR -> base.temporal();
      default -> base == LogicalType.Base.STRING;
    };
    return works ? null : Masking.HASH;
  }

  /** Whether {@code text} is a value of {@code type}; the reason when it is not. */
  static Optional<String> notAValue(String type, String text) {
    try {
      Values.parse(LogicalType.parse(type), text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }
}
