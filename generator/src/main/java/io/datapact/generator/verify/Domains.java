package io.datapact.generator.verify;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The interval a field's values are drawn from: its {@code range}, within the bounds of its type,
 * narrowed to plausible defaults where the contract leaves a side open.
 */
final class Domains {
  /** Times without a range fall in 2020 to 2024; birth dates in 1950 to 2005. */
  static final long TIME_FROM = LocalDate.of(2020, 1, 1).toEpochDay() * 86_400;
  static final long TIME_TO = LocalDate.of(2024, 12, 31).toEpochDay() * 86_400 + 86_399;
  private static final long BIRTH_FROM = LocalDate.of(1950, 1, 1).toEpochDay() * 86_400;
  private static final long BIRTH_TO = LocalDate.of(2005, 12, 31).toEpochDay() * 86_400;
  private static final long FIVE_YEARS = 5L * 365 * 86_400;

  private Domains() {}

  /**
   * Inclusive epoch seconds (UTC) of a temporal field: its range, where open the default years
   * (2020 to 2024, birth dates 1950 to 2005) intersected with it, or five years from a bound that
   * lies beyond them.
   */
  static long[] seconds(Field f, boolean birth) {
    LogicalType t = f.logicalType();
    Long min = f.range() == null || f.range().min() == null ? null : epochSeconds(t, f.range().min());
    Long max = f.range() == null || f.range().max() == null ? null : epochSeconds(t, f.range().max());
    if (min != null && max != null) {
      return new long[] {min, max};
    }
    long lo = Math.max(min == null ? Long.MIN_VALUE : min, birth ? BIRTH_FROM : TIME_FROM);
    long hi = Math.min(max == null ? Long.MAX_VALUE : max, birth ? BIRTH_TO : TIME_TO);
    if (hi - lo < FIVE_YEARS / 5) {
      return min != null ? new long[] {min, min + FIVE_YEARS} : new long[] {max - FIVE_YEARS, max};
    }
    return new long[] {lo, hi};
  }

  private static long epochSeconds(LogicalType t, String text) {
    Object v = Values.parse(t, text);
    if (v instanceof LocalDate d) {
      return d.toEpochDay() * 86_400;
    }
    if (v instanceof LocalDateTime d) {
      return d.toEpochSecond(ZoneOffset.UTC);
    }
    return ((OffsetDateTime) v).toEpochSecond();
  }

  /** A value of a temporal type at an epoch second; dates keep the day. */
  static Object temporal(LogicalType t, long epochSecond) {
    return switch (t.base()) {
      case DATE -> LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
      default -> OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC), ZoneOffset.UTC);
    };
  }

  /** Inclusive bounds of a numeric field, within its type; integers and decimals rounded inwards. */
  static BigDecimal[] numbers(Field f) {
    LogicalType t = f.logicalType();
    BigDecimal[] type = typeBounds(t);
    BigDecimal span = t.base() == LogicalType.Base.LONG ? BigDecimal.valueOf(1_000_000)
        : t.base() == LogicalType.Base.DOUBLE ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(10_000);
    BigDecimal min = bound(t, f.range() == null ? null : f.range().min());
    BigDecimal max = bound(t, f.range() == null ? null : f.range().max());
    BigDecimal lo = min != null ? min : max != null && max.signum() <= 0 ? max.subtract(span) : BigDecimal.ZERO;
    BigDecimal hi = max != null ? max : lo.add(span);
    lo = lo.max(type[0]);
    hi = hi.min(type[1]);
    int scale = t.base() == LogicalType.Base.DECIMAL ? t.scale() : t.base() == LogicalType.Base.DOUBLE ? 6 : 0;
    if (t.base() != LogicalType.Base.DOUBLE) {
      lo = lo.setScale(scale, RoundingMode.CEILING);
      hi = hi.setScale(scale, RoundingMode.FLOOR);
    }
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("range " + f.range().min() + ".." + f.range().max() + " holds no value of type " + t);
    }
    return new BigDecimal[] {lo, hi};
  }

  private static BigDecimal bound(LogicalType t, String text) {
    if (text == null) {
      return null;
    }
    Object v = Values.parse(t, text);
    return v instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) v;
  }

  private static BigDecimal[] typeBounds(LogicalType t) {
    return switch (t.base()) {
      case INTEGER -> new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)};
      case LONG -> new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)};
      case DECIMAL -> {
        BigDecimal top = BigDecimal.TEN.pow(t.precision() - t.scale()).subtract(BigDecimal.ONE.movePointLeft(t.scale()));
        yield new BigDecimal[] {top.negate(), top};
      }
      default -> new BigDecimal[] {BigDecimal.valueOf(-1e15), BigDecimal.valueOf(1e15)};
    };
  }
}
