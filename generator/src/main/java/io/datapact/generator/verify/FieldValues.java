package io.datapact.generator.verify;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.PiiKind;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * How the values of a field are drawn: its enum, else by type within its range, pattern and
 * length, with PII-like text for PII fields. Values are Java objects of the field's type:
 * {@code String, Integer, Long, BigDecimal} (at the type's scale){@code , Double, Boolean,
 * LocalDate, LocalDateTime, OffsetDateTime} (UTC){@code , UUID}, JSON as {@code String}, lists as
 * {@code List}.
 */
final class FieldValues {
  private FieldValues() {}

  /** The draw of a field's non-null values. */
  static Draw of(Field f) {
    LogicalType t = f.logicalType();
    if (!f.values().isEmpty()) {
      List<Object> values = f.values().stream().map(v -> javaValue(t, Values.parse(t, v))).toList();
      return r -> values.get(r.nextInt(values.size()));
    }
    return switch (t.base()) {
      case STRING -> TextValues.of(f);
      case INTEGER, LONG, DECIMAL, DOUBLE -> numbers(t, Domains.numbers(f));
      case BOOLEAN -> RandomGenerator::nextBoolean;
      case DATE, TIMESTAMP, TIMESTAMPTZ -> {
        long[] window = Domains.seconds(f, f.pii() == PiiKind.BIRTH_DATE);
        yield temporal(t, window[0], window[1]);
      }
      case UUID -> FieldValues::uuid;
      case JSON -> FieldValues::json;
      case LIST -> list(element(f, t.element()));
    };
  }

  /** Times between two epoch seconds, both inclusive, as values of {@code t}. */
  static Draw temporal(LogicalType t, long from, long to) {
    return r -> Domains.temporal(t, r.nextLong(from, to + 1));
  }

  /** Numbers between the bounds, both inclusive, as values of {@code t}. */
  static Draw numbers(LogicalType t, BigDecimal[] bounds) {
    BigDecimal lo = bounds[0];
    BigDecimal hi = bounds[1];
    return switch (t.base()) {
      case INTEGER -> r -> (int) r.nextLong(lo.longValueExact(), hi.longValueExact() + 1);
      case LONG -> {
        long a = lo.longValueExact();
        long b = hi.longValueExact();
        yield a == b ? r -> a : b == Long.MAX_VALUE ? r -> r.nextLong(a, b) : r -> r.nextLong(a, b + 1);
      }
      case DOUBLE -> r -> {
        double v = lo.doubleValue() + r.nextDouble() * (hi.doubleValue() - lo.doubleValue());
        double rounded = Math.round(v * 1e6) / 1e6;
        return Math.max(lo.doubleValue(), Math.min(hi.doubleValue(), rounded));
      };
      default -> decimals(t.scale(), lo, hi);
    };
  }

  /** Decimals at {@code scale} between the bounds: a random number of steps of one unit in the last place. */
  private static Draw decimals(int scale, BigDecimal lo, BigDecimal hi) {
    BigInteger steps = hi.subtract(lo).movePointRight(scale).toBigIntegerExact();
    if (steps.bitLength() < 63) {
      long n = steps.longValueExact();
      return r -> lo.add(BigDecimal.valueOf(r.nextLong(n + 1), scale));
    }
    return r -> {
      BigInteger step = new BigInteger(steps.bitLength() + 8, new java.util.Random(r.nextLong())).mod(steps.add(BigInteger.ONE));
      return lo.add(new BigDecimal(step, scale)).setScale(scale, RoundingMode.UNNECESSARY);
    };
  }

  /** A random version 4 UUID. */
  static UUID uuid(RandomGenerator r) {
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  private static final String[] JSON_KEYS = {"screen", "source", "campaign", "button", "variant"};

  /** A small JSON object: some text properties, a count and a flag. */
  static String json(RandomGenerator r) {
    StringBuilder out = new StringBuilder("{");
    for (String key : JSON_KEYS) {
      if (r.nextInt(3) == 0) {
        out.append('"').append(key).append("\":\"").append(TextValues.word(r)).append("\",");
      }
    }
    out.append("\"count\":").append(r.nextInt(100)).append(",\"ok\":").append(r.nextBoolean()).append('}');
    return out.toString();
  }

  /** The draw of a list's elements: a field of the element type with no rules. */
  private static Draw element(Field f, LogicalType element) {
    return of(new Field(f.name(), null, element.toString(), null, false, false, false, null, null, null, null,
        null, null, null, null, null));
  }

  /** Lists of zero to three elements. */
  private static Draw list(Draw element) {
    return r -> {
      int n = r.nextInt(4);
      List<Object> out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        out.add(element.next(r));
      }
      return List.copyOf(out);
    };
  }

  /** A contract literal as parsed by {@link Values#parse} turned into the Java type of generated values. */
  static Object javaValue(LogicalType t, Object parsed) {
    return switch (t.base()) {
      case INTEGER -> ((BigInteger) parsed).intValueExact();
      case LONG -> ((BigInteger) parsed).longValueExact();
      case DECIMAL -> ((BigDecimal) parsed).setScale(t.scale(), RoundingMode.UNNECESSARY);
      case DOUBLE -> ((BigDecimal) parsed).doubleValue();
      default -> parsed;
    };
  }
}
