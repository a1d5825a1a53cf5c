package io.datapact.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Expression.Kind;
import io.datapact.model.Expression.Token;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionTest {
  /** Tokens rendered as KIND:value, joined by spaces. */
  private static String tokens(String text) {
    return String.join(" ", Expression.parse(text).tokens().stream()
        .map(t -> t.kind() + ":" + t.value()).toList());
  }

  static Stream<Arguments> tokenCases() {
    return Stream.of(
        Arguments.of("amount >= 0", "IDENTIFIER:amount OPERATOR:>= NUMBER:0"),
        Arguments.of("a<>b", "IDENTIFIER:a OPERATOR:<> IDENTIFIER:b"),
        Arguments.of("a != -1", "IDENTIFIER:a OPERATOR:!= OPERATOR:- NUMBER:1"),
        Arguments.of("a || b", "IDENTIFIER:a OPERATOR:|| IDENTIFIER:b"),
        Arguments.of("a*2+b/3%4", "IDENTIFIER:a OPERATOR:* NUMBER:2 OPERATOR:+ IDENTIFIER:b OPERATOR:/ NUMBER:3"
            + " OPERATOR:% NUMBER:4"),
        Arguments.of("name = 'it''s'", "IDENTIFIER:name OPERATOR:= STRING:it's"),
        Arguments.of("''''", "STRING:'"),
        Arguments.of("''", "STRING:"),
        Arguments.of("\"Note\"\"s\" is null", "QUOTED_IDENTIFIER:Note\"s IDENTIFIER:is IDENTIFIER:null"),
        Arguments.of("'say \"hi\"'", "STRING:say \"hi\""),
        Arguments.of("amount < {{ limit }}", "IDENTIFIER:amount OPERATOR:< PARAMETER:limit"),
        Arguments.of("{{limit}}", "PARAMETER:limit"),
        Arguments.of("{{ }}", "PARAMETER:"),
        Arguments.of("f(a, b)", "IDENTIFIER:f OPEN:( IDENTIFIER:a COMMA:, IDENTIFIER:b CLOSE:)"),
        Arguments.of("x = 1.5", "IDENTIFIER:x OPERATOR:= NUMBER:1.5"),
        Arguments.of(".5", "NUMBER:.5"),
        Arguments.of("1e6", "NUMBER:1e6"),
        Arguments.of("2.5E-3", "NUMBER:2.5E-3"),
        Arguments.of("1e+2", "NUMBER:1e+2"),
        Arguments.of("1e", "NUMBER:1 IDENTIFIER:e"),
        Arguments.of("1end", "NUMBER:1 IDENTIFIER:end"),
        Arguments.of("größe > 1", "IDENTIFIER:größe OPERATOR:> NUMBER:1"),
        Arguments.of("région_2 = 'Côte'", "IDENTIFIER:région_2 OPERATOR:= STRING:Côte"),
        Arguments.of("_x", "IDENTIFIER:_x"),
        Arguments.of("a; b", "IDENTIFIER:a SEMICOLON:; IDENTIFIER:b"),
        Arguments.of("a -- rest ; ignored", "IDENTIFIER:a COMMENT:--"),
        Arguments.of("a /* c */ b", "IDENTIFIER:a COMMENT:/*"),
        Arguments.of("a = 'open", "IDENTIFIER:a OPERATOR:= UNTERMINATED:open"),
        Arguments.of("a = {{ x", "IDENTIFIER:a OPERATOR:= UNTERMINATED:{{ x"),
        Arguments.of("a @ b", "IDENTIFIER:a OTHER:@ IDENTIFIER:b"),
        Arguments.of("t.a", "IDENTIFIER:t OTHER:. IDENTIFIER:a"),
        Arguments.of("  ", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("tokenCases")
  void tokenises(String text, String expected) {
    assertThat(tokens(text)).isEqualTo(expected);
  }

  @Test
  void tokensKnowTheirOffsets() {
    List<Token> tokens = Expression.parse("a = 'x''y' and {{ p }}").tokens();
    assertThat(tokens).extracting(Token::offset).containsExactly(0, 2, 4, 11, 15);
  }

  @Test
  void keepsTheText() {
    assertThat(Expression.parse("a > 1").text()).isEqualTo("a > 1");
  }

  static Stream<Arguments> columnCases() {
    return Stream.of(
        Arguments.of("amount >= 0", "amount"),
        Arguments.of("cast(paid_at as date) >= service_date", "paid_at service_date"),
        Arguments.of("CAST(paid_at AS DATE) >= service_date", "paid_at service_date"),
        Arguments.of("cast(x as decimal(12,2)) > 0", "x"),
        Arguments.of("lower(trim(status)) in ('a', 'b')", "status"),
        Arguments.of("\"Note\" is null or length(\"Note\") <= 10", "Note Note"),
        Arguments.of("coalesce(région, 'n/a') <> 'x'", "région"),
        Arguments.of("amount < {{ limit }}", "amount"),
        Arguments.of("paid_at <= current_timestamp", "paid_at"),
        Arguments.of("d >= date_trunc('month', current_date)", "d"),
        Arguments.of("case when a then b else c end = 1", "a b c"),
        Arguments.of("x is not distinct from y", "x y"),
        Arguments.of("amount between 1 and 1e6", "amount"),
        Arguments.of("note like '%a--b%' and flag = true", "note flag"),
        Arguments.of("'only' = 'literals'", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("columnCases")
  void findsColumns(String text, String expected) {
    List<String> columns = Expression.parse(text).columns().stream().map(Token::value).toList();
    assertThat(columns).isEqualTo(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "amount >= 0",
      "note = 'a--b; drop table x /* */'",
      "name = 'it''s'",
      "\"select\" = 1",
      "\"a;b\" is null",
      "cast(x as decimal(12,2)) > 0",
      "cast({{ since }} as date) <= service_date",
      "x in (1, 2) and not (a or b)",
      "amount < {{ limit }}",
      "coalesce(a, 0) > 1e6",
      "round(abs(a), 2) = floor(b) + ceil(c)",
      "nullif(upper(s), '') is not null",
      "length(trim(lower(s))) between 1 and 10",
      "current_timestamp > current_timestamp(3)",
      "case when a > 0 then 'p' else 'n' end = 'p'",
      "ab'x' = 'x'",
      "größe > 1"})
  void acceptsSafeExpressions(String text) {
    assertThat(Expression.parse(text).unsafeReason()).isNull();
  }

  static Stream<Arguments> unsafeCases() {
    return Stream.of(
        Arguments.of("amount >= 0; delete from claims", "contains ';' at offset 11"),
        Arguments.of("amount >= 0;", "contains ';' at offset 11"),
        Arguments.of("a = 1 -- or 1 = 1", "contains a comment '--' at offset 6"),
        Arguments.of("a = 1 /* x */", "contains a comment '/*' at offset 6"),
        Arguments.of("status = 'open", "has an unterminated quote (') at offset 9"),
        Arguments.of("status = 'it''s", "has an unterminated quote (') at offset 9"),
        Arguments.of("\"Note = 1", "has an unterminated quote (\") at offset 0"),
        Arguments.of("a = {{ limit", "has an unterminated placeholder '{{' at offset 4"),
        Arguments.of("a @ b", "contains '@' at offset 2"),
        Arguments.of("a::int = 1", "contains ':' at offset 1"),
        Arguments.of("t.a = 1", "contains '.' at offset 1"),
        Arguments.of("$$x$$ = 'x'", "contains '$' at offset 0"),
        Arguments.of("`a` = 1", "contains '`' at offset 0"),
        Arguments.of("a = 1 # x", "contains '#' at offset 6"),
        Arguments.of("a) or (b", "has an unmatched ')' at offset 1"),
        Arguments.of("(a or b", "has an unmatched '(' at offset 0"),
        Arguments.of("((a) or b", "has an unmatched '(' at offset 0"),
        Arguments.of("(a or (b)", "has an unmatched '(' at offset 0"),
        Arguments.of("a = 1 or drop table x", "contains the keyword 'drop' at offset 9"),
        Arguments.of("DELETE", "contains the keyword 'DELETE' at offset 0"),
        Arguments.of("a in (select b)", "contains the keyword 'select' at offset 6"),
        Arguments.of("a = 1 union all", "contains the keyword 'union' at offset 6"),
        Arguments.of("set", "contains the keyword 'set' at offset 0"),
        Arguments.of("pg_sleep(10) is null", "calls 'pg_sleep' at offset 0, which is not an allowed function (abs, cast,"),
        Arguments.of("\"pg_sleep\"(10) is null", "calls 'pg_sleep' at offset 0, which is not an allowed function"),
        Arguments.of("a > length(pg_read_file ('/etc/passwd'))", "calls 'pg_read_file' at offset 11"),
        Arguments.of("status <> E'\\'' or true --'", "contains the prefixed string E'...' at offset 10"),
        Arguments.of("status <> e'x'", "contains the prefixed string e'...' at offset 10"),
        Arguments.of("b'101' = x", "contains the prefixed string b'...' at offset 0"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("unsafeCases")
  void refusesUnsafeExpressions(String text, String reason) {
    assertThat(Expression.parse(text).unsafeReason()).startsWith(reason);
  }

  @Test
  void listsParametersInOrder() {
    assertThat(Expression.parse("a = {{ x }} and b = {{y}} or c = {{ Bad-Name }}").parameters())
        .containsExactly("x", "y", "Bad-Name");
    assertThat(Expression.parse("a = 1").parameters()).isEmpty();
  }

  @Test
  void tokensCompareKeywordsInLowerCase() {
    assertThat(new Token(Kind.IDENTIFIER, "DROP", 0).lower()).isEqualTo("drop");
  }
}
