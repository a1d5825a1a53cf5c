package io.datapact.generator.checks;

import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Values a rule does not accept, as a contract writes values: the raw material of mutations. */
final class OutsideValues {
  /** Strings tried, in order, for one that a pattern does not match. */
  static final List<String> NON_MATCHING = List.of("~", "dp mutant ~", " ", "0", "a", "A", "");
  /** A UUID no fixture uses. */
  static final String UUID = "ffffffff-ffff-4fff-bfff-ffffffffffff";

  private OutsideValues() {}

  /** A value of the type that is none of {@code values}; empty when the type has no other value. */
  static Optional<String> notIn(List<String> values, LogicalType type) {
    if (type.base() == LogicalType.Base.BOOLEAN) {
      return values.contains("true") && values.contains("false") ? Optional.empty()
          : Optional.of(values.contains("true") ? "false" : "true");
    }
    if (type.base() == LogicalType.Base.STRING || type.base() == LogicalType.Base.UUID) {
      String candidate = type.base() == LogicalType.Base.UUID ? UUID : "dp~not_accepted";
      return values.contains(candidate) ? Optional.empty() : Optional.of(candidate);
    }
    String largest = values.stream()
        .max((a, b) -> compare(Values.parse(type, a), Values.parse(type, b))).orElseThrow();
    return Optional.of(step(largest, type, 1));
  }

  /** A value just below the range's minimum, else just above its maximum. */
  static String outside(String min, String max, LogicalType type) {
    return min != null ? step(min, type, -1) : step(max, type, 1);
  }

  /** A string the pattern finds no match in, if one of {@link #NON_MATCHING} is. */
  static Optional<String> nonMatching(String pattern) {
    Pattern p = Pattern.compile(pattern);
    return NON_MATCHING.stream().filter(s -> !p.matcher(s).find()).findFirst();
  }

  /** A string one character longer than the maximum, else one shorter than the minimum. */
  static Optional<String> badLength(String min, String max) {
    if (max != null && Integer.parseInt(max) < 100_000) {
      return Optional.of("x".repeat(Integer.parseInt(max) + 1));
    }
    if (min != null && Integer.parseInt(min) > 0) {
      return Optional.of("x".repeat(Integer.parseInt(min) - 1));
    }
    return Optional.empty();
  }

  /** {@code value} moved by one step (1, one day, one second) in {@code direction}. */
  static String step(String value, LogicalType type, int direction) {
    return switch (type.base()) {
      case INTEGER, LONG, DECIMAL, DOUBLE -> new BigDecimal(value).add(BigDecimal.valueOf(direction)).toPlainString();
      case DATE -> LocalDate.parse(value).plusDays(direction).toString();
      case TIMESTAMP -> ((LocalDateTime) Values.parse(type, value)).plusSeconds(direction).toString();
      case TIMESTAMPTZ -> ((OffsetDateTime) Values.parse(type, value)).plusSeconds(direction).toString();
      default -> throw new IllegalArgumentException("no step for type " + type);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable a, Comparable b) {
    return a.compareTo(b);
  }
}
