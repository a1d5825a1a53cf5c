package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract text that could break the generated Java or its SQL: comment ends and tags in
 * descriptions, quotes and keywords in enum values, a raw column name with quotes, a domain and a
 * field named after Java keywords. The output compiles without warnings, and the quoted column
 * takes a value through the generated loader.
 */
class JavaAdversarialTest {
  private static final String YAML = """
      apiVersion: datapact/v1
      id: int.events
      version: 1.0.0
      owner: {team: t}
      description: 'Ends a comment */ then @param x <b>bold</b> & \\\\u0041 "quoted"'
      kind: fact
      grain: [id]
      fields:
        - name: id
          type: long
          required: true
        - name: class
          type: string
          description: '*/ class Evil {} /*'
          enum: ['a"b', "it's", '1st', 'class', 'A-B', 'a b', 'a_b', '']
        - name: odd_column
          sourceName: 'we"ird''col'
          type: string
          pattern: '^[^"]*$'
      """;

  @Test
  void hostileTextCompilesAndLoads(@TempDir Path dir) throws Exception {
    List<Contract> contracts = List.of(TestContracts.one(YAML));
    SortedMap<String, String> sources = new JavaGenerator(List.of(Dialects.byName("duckdb"), Dialects.byName("postgres")),
        "x.y").generate(contracts);
    assertThat(sources).containsKey("x/y/int_/Events.java");
    assertThat(sources.get("x/y/int_/Events.java")).contains("A_B(\"a\\\"b\")", "IT_S(\"it's\")", "_1ST(\"1st\")",
        "CLASS(\"class\")", "A_B_2(\"A-B\")", "A_B_3(\"a b\")", "A_B_4(\"a_b\")", "__(\"\")", "Events.Class class_,");
    try (Compiled compiled = Compiled.of(sources, dir)) {
      Class<?> type = compiled.type("x.y.int_.Events");
      Class<?> values = compiled.type("x.y.int_.Events$Class");
      Object quoteValue = values.getMethod("of", String.class).invoke(null, "a\"b");
      Object row = type.getDeclaredConstructors()[0].newInstance(1L, quoteValue, "it's");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA raw");
        s.execute("CREATE TABLE raw.int__events (id BIGINT, \"class\" VARCHAR, \"we\"\"ird'col\" VARCHAR,"
            + " _loaded_at TIMESTAMP NOT NULL, _batch_id VARCHAR NOT NULL, _source_file VARCHAR, _source_row BIGINT)");
        Object loader = compiled.type("x.y.int_.EventsDuckDbLoader").getConstructor(Connection.class).newInstance(c);
        loader.getClass().getMethod("load", String.class, Iterable.class).invoke(loader, "b'1", List.of(row));
        assertThat(Harness.rows(c, "SELECT id, \"class\", \"we\"\"ird'col\", _batch_id FROM raw.int__events"))
            .containsExactly("1\ta\"b\tit's\tb'1");
      }
      assertThatThrownBy(() -> values.getMethod("of", String.class).invoke(null, "zzz"))
          .hasRootCauseMessage("'zzz' is not a value of class (a\"b, it's, 1st, class, A-B, a b, a_b, )");
    }
  }
}
