package io.datapact.generator.checks;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Contract values (enum values, bounds) and instants as SQL literals of a field's type. */
public final class Literals {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private Literals() {}

  /** {@code text}, a value of {@code type} as a contract writes it, as a literal of that type. */
  public static String of(Dialect d, String text, LogicalType type) {
    Object value = Values.parse(type, text);
    return switch (type.base()) {
      case STRING -> d.literal(text);
      case INTEGER, LONG, DECIMAL, DOUBLE -> new BigDecimal(value.toString()).toPlainString();
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case TIMESTAMP -> d.typedLiteral(timestamp((LocalDateTime) value), type);
      case TIMESTAMPTZ -> d.typedLiteral(timestamptz((OffsetDateTime) value), type);
      case DATE, UUID -> d.typedLiteral(value.toString(), type);
      case JSON, LIST -> throw new IllegalArgumentException("no literal of type " + type);
    };
  }

  /** An instant as a literal of a time column's type: zoned, else UTC wall-clock time (dates compare to it). */
  public static String now(Dialect d, Instant now, LogicalType type) {
    OffsetDateTime utc = now.atOffset(ZoneOffset.UTC);
    return type.base() == LogicalType.Base.TIMESTAMPTZ
        ? d.typedLiteral(timestamptz(utc), type)
        : d.typedLiteral(timestamp(utc.toLocalDateTime()), LogicalType.parse("timestamp"));
  }

  /** {@code 2026-01-31 08:30:00}, with a fraction only when there is one. */
  static String timestamp(LocalDateTime value) {
    String fraction = value.getNano() == 0 ? "" : "." + String.format("%09d", value.getNano()).replaceAll("0+$", "");
    return SECONDS.format(value) + fraction;
  }

  /** {@code 2026-01-31 08:30:00+01:00}. */
  static String timestamptz(OffsetDateTime value) {
    String offset = value.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : value.getOffset().getId();
    return timestamp(value.toLocalDateTime()) + offset;
  }
}
