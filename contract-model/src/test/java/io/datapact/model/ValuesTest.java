package io.datapact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {
  private static Comparable<?> parse(String type, String text) {
    return Values.parse(LogicalType.parse(type), text);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("string", "any text, even 42", "any text, even 42"),
        Arguments.of("string", "", ""),
        Arguments.of("integer", "42", BigInteger.valueOf(42)),
        Arguments.of("integer", "+7", BigInteger.valueOf(7)),
        Arguments.of("integer", "-2147483648", BigInteger.valueOf(Integer.MIN_VALUE)),
        Arguments.of("integer", "2147483647", BigInteger.valueOf(Integer.MAX_VALUE)),
        Arguments.of("long", "-9223372036854775808", BigInteger.valueOf(Long.MIN_VALUE)),
        Arguments.of("long", "9223372036854775807", BigInteger.valueOf(Long.MAX_VALUE)),
        Arguments.of("decimal(12,2)", "1234.5", new BigDecimal("1234.5")),
        Arguments.of("decimal(12,2)", "-9999999999.99", new BigDecimal("-9999999999.99")),
        Arguments.of("decimal(4,1)", "1.50", new BigDecimal("1.50")),
        Arguments.of("decimal(2,2)", "0", BigDecimal.ZERO),
        Arguments.of("decimal(2,2)", "0.99", new BigDecimal("0.99")),
        Arguments.of("decimal(2,2)", "-0.5", new BigDecimal("-0.5")),
        Arguments.of("decimal(5,0)", "12300", new BigDecimal("12300")),
        Arguments.of("decimal(5,0)", "1E+4", new BigDecimal("1E+4")),
        Arguments.of("double", "-0.5", new BigDecimal("-0.5")),
        Arguments.of("double", "1e300", new BigDecimal("1e300")),
        Arguments.of("boolean", "true", Boolean.TRUE),
        Arguments.of("boolean", "false", Boolean.FALSE),
        Arguments.of("date", "2024-02-29", LocalDate.of(2024, 2, 29)),
        Arguments.of("timestamp", "2024-01-01 10:00:00", LocalDateTime.of(2024, 1, 1, 10, 0)),
        Arguments.of("timestamp", "2024-01-01T10:00", LocalDateTime.of(2024, 1, 1, 10, 0)),
        Arguments.of("timestamp", "2024-01-01T10:00:00.250", LocalDateTime.of(2024, 1, 1, 10, 0, 0, 250_000_000)),
        Arguments.of("timestamptz", "2024-01-01T10:00:00Z", OffsetDateTime.parse("2024-01-01T10:00:00Z")),
        Arguments.of("timestamptz", "2024-01-01 10:00:00+02:00", OffsetDateTime.parse("2024-01-01T10:00:00+02:00")),
        Arguments.of("uuid", "123e4567-e89b-12d3-a456-426614174000",
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
        Arguments.of("uuid", "123E4567-E89B-12D3-A456-426614174000",
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("accepted")
  void readsValuesOfEachType(String type, String text, Object expected) {
    assertThat(parse(type, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      integer       | 2147483648           | '2147483648' is out of range -2147483648..2147483647
      integer       | -2147483649          | '-2147483649' is out of range -2147483648..2147483647
      long          | 9223372036854775808  | '9223372036854775808' is out of range -9223372036854775808..9223372036854775807
      integer       | 1.5                  | '1.5' is not an integer
      integer       | 1e3                  | '1e3' is not an integer
      integer       | high                 | 'high' is not an integer
      long          | 12abc                | '12abc' is not a long
      long          | ' 12'                | ' 12' is not a long
      decimal(12,2) | 1.234                | '1.234' has more than 2 decimal places
      decimal(4,1)  | 1.25                 | '1.25' has more than 1 decimal place
      decimal(12,0) | 0.5                  | '0.5' has more than 0 decimal places
      decimal(4,2)  | 123                  | '123' has more than 2 digits before the decimal point
      decimal(4,2)  | -100.5               | '-100.5' has more than 2 digits before the decimal point
      decimal(2,2)  | 1                    | '1' has more than 0 digits before the decimal point
      decimal(5,0)  | 1E+5                 | '1E+5' has more than 5 digits before the decimal point
      decimal(12,2) | 12,50                | '12,50' is not a decimal(12,2)
      double        | NaN                  | 'NaN' is not a double
      double        | 1e400                | '1e400' is out of the range of a double
      boolean       | yes                  | 'yes' is not true or false
      boolean       | True                 | 'True' is not true or false
      date          | 2024-02-30           | '2024-02-30' is not a date (expected YYYY-MM-DD)
      date          | 01/02/2024           | '01/02/2024' is not a date (expected YYYY-MM-DD)
      timestamp     | 2024-01-01           | '2024-01-01' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
      timestamptz   | 2024-01-01T10:00:00  | '2024-01-01T10:00:00' is not a timestamptz (expected YYYY-MM-DD HH:MM:SS and Z or an offset such as +02:00)
      uuid          | 123                  | '123' is not a uuid
      uuid          | 123e4567e89b12d3a456426614174000 | '123e4567e89b12d3a456426614174000' is not a uuid
      json          | '{}'                 | values of type json cannot be listed
      list<string>  | a                    | values of type list<string> cannot be listed
      """)
  void refusesTextThatIsNotAValueOfTheType(String type, String text, String message) {
    assertThatThrownBy(() -> parse(type, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void valuesCompareAsTheirType() {
    assertThat((Comparable) parse("integer", "3")).isLessThan((Comparable) parse("integer", "20"));
    assertThat(((Comparable) parse("decimal(4,1)", "1")).compareTo(parse("decimal(4,1)", "1.0"))).isZero();
    assertThat((Comparable) parse("date", "2024-06-30")).isLessThan((Comparable) parse("date", "2024-07-01"));
    assertThat((Comparable) parse("timestamp", "2024-01-01 09:59")).isLessThan((Comparable) parse("timestamp",
        "2024-01-01T10:00"));
  }
}
