package io.datapact.generator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PipelineRunnerTest {
  private static PipelineNode node(String name, String file, String... inputs) {
    TreeMap<String, String> files = new TreeMap<>();
    if (file != null) {
      files.put(file.split("/")[1], file);
    }
    return new PipelineNode(name, "staging", "shop.x", "1.0.0", List.of(inputs), files);
  }

  private static GeneratedFiles generated(String laterStep) {
    TreeMap<String, String> files = new TreeMap<>();
    files.put("sql/duckdb/a.sql", "CREATE TABLE IF NOT EXISTS a (x INTEGER); INSERT INTO a VALUES (1);");
    files.put("sql/duckdb/b.sql", laterStep);
    files.put("sql/postgres/c.sql", "this is not DuckDB SQL;");
    // b reads a and sorts before it by name; c exists for postgres only.
    Pipeline pipeline = Pipeline.of(List.of(
        node("main.b", "sql/duckdb/b.sql", "main.a"),
        node("main.a", "sql/duckdb/a.sql"),
        node("main.c", "sql/postgres/c.sql", "main.a")));
    return new GeneratedFiles(files, pipeline, List.of());
  }

  @Test
  void runsTheFilesOfOneDialectInPipelineOrder() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      new PipelineRunner(generated("CREATE OR REPLACE TABLE b AS SELECT count(*) AS n FROM a;"), "duckdb").build(c);
      new PipelineRunner(generated("CREATE OR REPLACE TABLE b AS SELECT count(*) AS n FROM a;"), "duckdb").build(c);

      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM b")) {
        rs.next();
        assertThat(rs.getLong(1)).as("b ran after a, twice").isEqualTo(2);
      }
    }
  }

  @Test
  void aFailureNamesTheFile() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThatThrownBy(() -> new PipelineRunner(generated("SELECT * FROM missing;"), "duckdb").build(c))
          .isInstanceOf(SQLException.class)
          .hasMessageStartingWith("sql/duckdb/b.sql: ");
    }
  }
}
