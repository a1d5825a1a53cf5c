package io.datapact.generator.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.sql.Dialects;
import io.datapact.model.Expression;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Contract expressions rebuilt from tokens: fields quoted, literals re-quoted, the rest as tokenised. */
class ExpressionSqlTest {
  private static final List<String> FIELDS = List.of("amount", "claim_type", "Paid \"Amount\"", "when");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "amount >= 0 or claim_type = 'refund'|t.\"amount\" >= 0 or t.\"claim_type\" = 'refund'",
      "AMOUNT <> abs( amount )|t.\"amount\" <> abs(t.\"amount\")",
      "\"Paid \"\"Amount\"\"\" is null|t.\"Paid \"\"Amount\"\"\" is null",
      "coalesce(amount, 0) = 0 and claim_type in ('it''s', 'x')|coalesce(t.\"amount\", 0) = 0 and t.\"claim_type\" in ('it''s', 'x')",
      "(claim_type = 'a') = (amount is not null)|(t.\"claim_type\" = 'a') = (t.\"amount\" is not null)",
      "cast(amount as integer) > -1.5e3|cast(t.\"amount\" as integer) > - 1.5e3",
      "\"when\" < current_date|t.\"when\" < current_date"})
  void rendersFieldsAsQuotedColumns(String expression, String sql) {
    Expression e = Expression.parse(expression);
    assertThat(ExpressionSql.render(e, FIELDS, Dialects.byName("postgres"), f -> "t." + Dialects.byName("postgres").quote(f)))
        .isEqualTo(sql);
  }

  @Test
  void columnsAreTheFieldsReadInOrder() {
    assertThat(ExpressionSql.columns(Expression.parse("CLAIM_TYPE = 'x' or amount > abs(Amount)"), FIELDS))
        .containsExactly("claim_type", "amount");
  }

  @Test
  void refusesPlaceholdersAndUnknownFields() {
    assertThatThrownBy(() -> ExpressionSql.render(Expression.parse("amount > {{ x }}"), FIELDS, Dialects.byName("duckdb"), f -> f))
        .hasMessageContaining("placeholder");
    assertThatThrownBy(() -> ExpressionSql.columns(Expression.parse("other > 1"), FIELDS)).hasMessageContaining("no field");
  }
}
