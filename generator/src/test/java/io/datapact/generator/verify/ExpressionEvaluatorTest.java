package io.datapact.generator.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datapact.model.Expression;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionEvaluatorTest {
  private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

  /** The row every case runs on; {@code n} is NULL. */
  private static Map<String, Object> row() {
    Map<String, Object> row = new HashMap<>();
    row.put("a", 5);
    row.put("b", 7L);
    row.put("amount", new BigDecimal("-12.50"));
    row.put("paid", new BigDecimal("12.50"));
    row.put("ratio", 0.25d);
    row.put("status", "completed");
    row.put("name", "  Rex ");
    row.put("hired", LocalDate.of(2021, 5, 1));
    row.put("left_on", LocalDate.of(2021, 4, 30));
    row.put("seen", LocalDateTime.of(2021, 5, 1, 10, 0));
    row.put("flag", true);
    row.put("n", null);
    return row;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      a < b                                         | true
      a >= b                                        | false
      a = 5                                         | true
      a <> 5                                        | false
      a != 4                                        | true
      n = 1                                         | NULL
      n is null                                     | true
      n is not null                                 | false
      a is null                                     | false
      not (a < b)                                   | false
      not (n = 1)                                   | NULL
      n = 1 or a = 5                                | true
      n = 1 or a = 4                                | NULL
      n = 1 and a = 4                               | false
      n = 1 and a = 5                               | NULL
      a = 5 and b = 7 or a = 1                      | true
      a = 1 and b = 7 or a = 5                      | true
      a + 2 = b                                     | true
      a * 2 - b = 3                                 | true
      b / 2 = 3.5                                   | true
      a / 0 is null                                 | true
      -a = -5                                       | true
      b % 5 = 2                                     | true
      amount >= 0 or status = 'refund'              | false
      paid <= abs(amount)                           | true
      ratio between 0 and 1                         | true
      a not between 6 and 9                         | true
      a between n and 9                             | NULL
      a between 6 and n                             | false
      status in ('open', 'completed')               | true
      status not in ('open', 'completed')           | false
      status in ('open', NULL)                      | NULL
      a in (1, 2, 5)                                | true
      status like 'comp%'                           | true
      status like 'c_mpleted'                       | true
      status like 'C%'                              | false
      status ilike 'C%'                             | true
      status not like '%ed'                         | false
      trim(name) = 'Rex'                            | true
      lower(trim(name)) = 'rex'                     | true
      upper(status) = 'COMPLETED'                   | true
      length(trim(name)) = 3                        | true
      coalesce(n, a) = 5                            | true
      coalesce(n, n) is null                        | true
      nullif(a, 5) is null                          | true
      nullif(a, 4) = 5                              | true
      round(ratio, 1) = 0.3                         | true
      floor(2.7) = 2                                | true
      ceil(2.1) = 3                                 | true
      left_on >= hired                              | false
      left_on is null or left_on >= hired           | false
      n is null or left_on < hired                  | true
      seen >= hired                                 | true
      hired = '2021-05-01'                          | true
      hired > '2021-05-01'                          | false
      hired <= current_date                         | true
      seen < current_timestamp                      | true
      hired + 1 = '2021-05-02'                      | true
      cast(seen as date) = hired                    | true
      flag                                          | true
      flag = true                                   | true
      flag is false                                 | false
      (status = 'completed') = (n is not null)      | false
      (status = 'completed') = (seen is not null)   | true
      case when a > 3 then 'big' else 'small' end = 'big' | true
      case status when 'open' then 1 when 'completed' then 2 end = 2 | true
      A = 5                                         | true
      "a" = 5                                       | true
      """)
  void evaluates(String expression, String expected) {
    ExpressionEvaluator e = ExpressionEvaluator.compile(Expression.parse(expression), NOW);
    Map<String, Object> row = row();
    Object value = e.evaluate(name -> row.get(name.toLowerCase(java.util.Locale.ROOT)));
    assertEquals(expected == null ? null : Boolean.valueOf(expected), value);
    assertEquals(!"false".equals(expected), e.passes(name -> row.get(name.toLowerCase(java.util.Locale.ROOT))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      date_trunc('day', seen) = seen
      a = = 5
      a in (1, 2
      a >
      """)
  void refusesWhatItCannotEvaluate(String expression) {
    assertThrows(IllegalArgumentException.class, () -> ExpressionEvaluator.compile(Expression.parse(expression), NOW));
  }
}
