package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.sql.dialect.DuckDbDialect;
import io.datapact.generator.sql.dialect.PostgresDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectsTest {
  @Test
  void namesAreSorted() {
    assertThat(Dialects.names()).containsExactly("duckdb", "postgres", "snowflake").isSorted();
  }

  @Test
  void byNameFindsEachDialectUnderItsOwnName() {
    assertThat(Dialects.byName("duckdb")).isInstanceOf(DuckDbDialect.class);
    assertThat(Dialects.byName("postgres")).isInstanceOf(PostgresDialect.class);
    for (String name : Dialects.names()) {
      assertThat(Dialects.byName(name).name()).isEqualTo(name);
    }
  }

  @Test
  void namesCannotBeChanged() {
    assertThatThrownBy(() -> Dialects.names().add("oracle")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"oracle", "DuckDB", "postgresql", " duckdb", ""})
  void unknownNameListsTheKnownOnes(String name) {
    assertThatThrownBy(() -> Dialects.byName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dialect '" + name + "'; known: duckdb, postgres, snowflake");
  }
}
