package io.datapact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.model.LogicalType.Base;
import io.datapact.model.LogicalType.TypeSyntaxException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogicalTypeTest {
  /** A spelling of every base type; decimal and list need arguments. */
  private static String spelling(Base base) {
    return switch (base) {
      case DECIMAL -> "decimal(12,2)";
      case LIST -> "list<string>";
      default -> base.name().toLowerCase(Locale.ROOT);
    };
  }

  @ParameterizedTest
  @EnumSource(Base.class)
  void everyBaseTypeParsesAndPrintsAsWritten(Base base) {
    LogicalType type = LogicalType.parse(spelling(base));
    assertThat(type.base()).isEqualTo(base);
    assertThat(type.toString()).isEqualTo(spelling(base));
    assertThat(LogicalType.parse(type.toString())).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"decimal(1,0)", "decimal(38,0)", "decimal(38,38)", "decimal(5,5)", "list<integer>",
      "list<long>", "list<decimal(12,2)>", "list<date>", "list<timestamptz>", "list<uuid>", "list<json>",
      "list<boolean>"})
  void roundTrips(String text) {
    assertThat(LogicalType.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ' string '           | string
      decimal( 12 , 2 )    | decimal(12,2)
      decimal(012,2)       | decimal(12,2)
      list< string >       | list<string>
      list<decimal(9, 3)>  | list<decimal(9,3)>
      """)
  void normalisesSpacingAndLeadingZeros(String text, String printed) {
    assertThat(LogicalType.parse(text).toString()).isEqualTo(printed);
  }

  @Test
  void decimalKeepsPrecisionAndScale() {
    LogicalType type = LogicalType.parse("decimal(12,2)");
    assertThat(type.precision()).isEqualTo(12);
    assertThat(type.scale()).isEqualTo(2);
    assertThat(type.element()).isNull();
  }

  @Test
  void listKeepsItsElement() {
    LogicalType type = LogicalType.parse("list<decimal(8,3)>");
    assertThat(type.element()).isEqualTo(LogicalType.parse("decimal(8,3)"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      decimal(0,0)          | decimal(0,0) is out of bounds
      decimal(39,2)         | decimal(39,2) is out of bounds
      decimal(5,6)          | decimal(5,6) is out of bounds
      decimal(999999999,1)  | decimal(999999999,1) is out of bounds
      list<decimal(40,2)>   | decimal(40,2) is out of bounds
      """)
  void refusesDecimalsOutOfBounds(String text, String message) {
    assertThatThrownBy(() -> LogicalType.parse(text))
        .isInstanceOfSatisfying(TypeSyntaxException.class, e -> assertThat(e.bounds()).isTrue())
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"money", "String", "INTEGER", "int", "varchar(10)", "decimal", "decimal(10)",
      "decimal(10,2", "decimal(-1,0)", "decimal(1234567890,2)", "list", "list<>", "list<string", "array<string>",
      "list<money>", "string[]"})
  void refusesUnknownTypes(String text) {
    assertThatThrownBy(() -> LogicalType.parse(text))
        .isInstanceOfSatisfying(TypeSyntaxException.class, e -> assertThat(e.bounds()).isFalse())
        .hasMessageStartingWith("unknown type '");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesMissingTypes(String text) {
    assertThatThrownBy(() -> LogicalType.parse(text)).hasMessage("unknown type ''");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list<list<string>>", "list<list<x>>", "list< list<date> >", "list<list<list<long>>>"})
  void refusesListsOfLists(String text) {
    assertThatThrownBy(() -> LogicalType.parse(text))
        .isInstanceOfSatisfying(TypeSyntaxException.class, e -> assertThat(e.bounds()).isFalse())
        .hasMessage("lists of lists are not supported");
  }

  @Test
  void classifiesNumericAndTemporalTypes() {
    Set<Base> numeric = EnumSet.of(Base.INTEGER, Base.LONG, Base.DECIMAL, Base.DOUBLE);
    Set<Base> temporal = EnumSet.of(Base.DATE, Base.TIMESTAMP, Base.TIMESTAMPTZ);
    for (Base base : Base.values()) {
      assertThat(base.numeric()).as(base + " numeric").isEqualTo(numeric.contains(base));
      assertThat(base.temporal()).as(base + " temporal").isEqualTo(temporal.contains(base));
    }
  }

  @Test
  void namesEverySpellingForMessages() {
    assertThat(LogicalType.known()).isEqualTo("string, integer, long, decimal(p,s), double, boolean, date, "
        + "timestamp, timestamptz, uuid, json, list<T>");
  }
}
