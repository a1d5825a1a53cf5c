package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.sql.dialect.DuckDbDialect;
import io.datapact.generator.sql.dialect.PostgresDialect;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spelling every dialect gives each logical type, and the quoting the base class does for
 * all of them. {@code DuckDbDialectTest} and {@code PostgresDialectTest} execute the same tables
 * on the real engines.
 */
class DialectTest {
  private static final Dialect DUCKDB = new DuckDbDialect();
  private static final Dialect POSTGRES = new PostgresDialect();
  private static final List<Dialect> ALL = List.of(DUCKDB, POSTGRES);

  /** A dialect that changes nothing: the ANSI spelling of the base class. */
  private static final Dialect ANSI = new Dialect() {
    @Override
    public String name() {
      return "ansi";
    }
  };

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.datapact.generator.sql.DialectCases#types")
  void typeTable(DialectCases.TypeCase c) {
    assertThat(DUCKDB.type(c.type())).as("duckdb").isEqualTo(c.duckdb());
    assertThat(POSTGRES.type(c.type())).as("postgres").isEqualTo(c.postgres());
  }

  @Test
  void typeTableCoversEveryBaseTypeAloneAndAsAListElement() {
    Set<Base> alone = EnumSet.noneOf(Base.class);
    Set<Base> elements = EnumSet.noneOf(Base.class);
    for (DialectCases.TypeCase c : DialectCases.TYPES) {
      LogicalType t = c.type();
      alone.add(t.base());
      if (t.element() != null) {
        elements.add(t.element().base());
      }
    }
    assertThat(alone).containsExactlyInAnyOrder(Base.values());
    assertThat(elements).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Base.LIST)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      string          | VARCHAR
      double          | DOUBLE PRECISION
      timestamptz     | TIMESTAMP WITH TIME ZONE
      decimal(7,3)    | DECIMAL(7,3)
      json            | JSON
      list<double>    | DOUBLE PRECISION[]
      """)
  void baseClassSpellsTypesTheAnsiWay(String logical, String expected) {
    assertThat(ANSI.type(LogicalType.parse(logical))).isEqualTo(expected);
  }

  @Test
  void stringAndLoadTimeTypes() {
    assertThat(DUCKDB.stringType()).isEqualTo("VARCHAR");
    assertThat(POSTGRES.stringType()).isEqualTo("TEXT");
    assertThat(DUCKDB.loadTimeType()).isEqualTo("TIMESTAMP");
    assertThat(POSTGRES.loadTimeType()).isEqualTo("TIMESTAMP");
  }

  @Test
  void namesFeaturesAndTemplateParents() {
    assertThat(DUCKDB.name()).isEqualTo("duckdb");
    assertThat(POSTGRES.name()).isEqualTo("postgres");
    assertThat(DUCKDB).hasToString("duckdb");
    assertThat(DUCKDB.parent()).isEmpty();
    assertThat(POSTGRES.parent()).isEmpty();
    assertThat(DUCKDB.supportsRowLevelSecurity()).isFalse();
    assertThat(POSTGRES.supportsRowLevelSecurity()).isTrue();
  }

  static Stream<Arguments> quoted() {
    return Stream.of(
        Arguments.of("plain", "\"plain\""),
        Arguments.of("Mixed Case", "\"Mixed Case\""),
        Arguments.of("select", "\"select\""),
        Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
        Arguments.of("\"\"", "\"\"\"\"\"\""),
        Arguments.of("it's; --", "\"it's; --\""),
        Arguments.of("Größe", "\"Größe\""));
  }

  @ParameterizedTest
  @MethodSource("quoted")
  void quoteDoublesInnerDoubleQuotes(String identifier, String expected) {
    for (Dialect d : ALL) {
      assertThat(d.quote(identifier)).as(d.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      plain             | 'plain'
      it's              | 'it''s'
      ''                | ''''''
      ``                | ''
      say "hi"          | 'say "hi"'
      a\\b              | 'a\\b'
      x'; DROP TABLE t; | 'x''; DROP TABLE t;'
      """)
  void literalDoublesInnerSingleQuotesAndLeavesBackslashesAlone(String value, String expected) {
    for (Dialect d : ALL) {
      assertThat(d.literal(value)).as(d.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\0", "a\0b", "trailing\0"})
  void nulIsRefusedInIdentifiersAndLiterals(String text) {
    for (Dialect d : ALL) {
      assertThatThrownBy(() -> d.quote(text)).as(d.name())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("identifier is empty or contains a NUL character");
      assertThatThrownBy(() -> d.literal(text)).as(d.name())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("literal contains a NUL character");
      assertThatThrownBy(() -> d.qualified("s", text)).as(d.name()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anEmptyIdentifierIsRefusedSinceNoEngineAcceptsIt() {
    for (Dialect d : ALL) {
      assertThatThrownBy(() -> d.quote("")).as(d.name())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("identifier is empty or contains a NUL character");
    }
  }

  @Test
  void qualifiedQuotesBothParts() {
    assertThat(DUCKDB.qualified("raw", "benefits__claims")).isEqualTo("\"raw\".\"benefits__claims\"");
    assertThat(POSTGRES.qualified("my\"schema", "a.b")).isEqualTo("\"my\"\"schema\".\"a.b\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      PT0S   | INTERVAL '0 seconds'
      PT90S  | INTERVAL '90 seconds'
      PT26H  | INTERVAL '93600 seconds'
      P3D    | INTERVAL '259200 seconds'
      """)
  void intervalIsInSeconds(String duration, String expected) {
    for (Dialect d : ALL) {
      assertThat(d.interval(Duration.parse(duration))).as(d.name()).isEqualTo(expected);
    }
  }
}
