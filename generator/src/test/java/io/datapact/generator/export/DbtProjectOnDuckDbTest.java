package io.datapact.generator.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.datapact.generator.Generator;
import io.datapact.generator.TestContracts;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.verify.RawLoader;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exported dbt project run on DuckDB without dbt: its Jinja is rendered as dbt renders a
 * first build (sources and refs to tables, no incremental filter, snapshots taken once), the
 * models are built on synthetic raw data, and every test, generic and singular, finds no failing
 * row; a row that breaks a check then makes that check's test fail.
 */
class DbtProjectOnDuckDbTest {
  private static final Pattern SOURCE = Pattern.compile("\\{\\{ source\\('([^']+)', '([^']+)'\\) }}");
  private static final Pattern REF = Pattern.compile("\\{\\{ ref\\('([^']+)'\\) }}");
  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private final Dialect duckdb = Dialects.byName("duckdb");
  private List<Contract> contracts;
  private SortedMap<String, String> files;
  private Map<String, String> relations;
  private Connection connection;

  @BeforeEach
  void build() throws SQLException {
    contracts = TestContracts.examples();
    files = new DbtExporter(duckdb, "examples").export(contracts).files();
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    new PipelineRunner(new Generator(List.of(duckdb), null).generate(contracts), "duckdb").prepare(connection);
    SyntheticData data = SyntheticData.generate(catalog.contracts(),
        SyntheticOptions.defaults().withDefaultRows(100).withNow(NOW));
    RawLoader loader = new RawLoader(connection, duckdb);
    relations = new HashMap<>();
    for (Contract c : catalog.contracts()) {
      ObjectNames names = catalog.names(c);
      loader.load(data.batch(c, 1), names.raw(), NOW.minusSeconds(3600));
      relations.put("source:" + names.base(), duckdb.qualified(names.raw().schema(), names.raw().name()));
    }
    execute("CREATE SCHEMA dbt_staging; CREATE SCHEMA dbt_marts; CREATE SCHEMA dbt_snapshots");
    files.keySet().stream().filter(f -> f.endsWith(".sql")).forEach(f -> {
      String name = f.substring(f.lastIndexOf('/') + 1, f.length() - 4);
      String schema = f.startsWith("dbt/models/staging/") ? "dbt_staging" : f.startsWith("dbt/snapshots/") ? "dbt_snapshots"
          : "dbt_marts";
      relations.put(name, duckdb.qualified(schema, name));
    });
    for (String prefix : List.of("dbt/models/staging/", "dbt/snapshots/", "dbt/models/marts/")) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        if (f.getKey().startsWith(prefix) && f.getKey().endsWith(".sql")) {
          String name = f.getKey().substring(f.getKey().lastIndexOf('/') + 1, f.getKey().length() - 4);
          execute("CREATE " + (prefix.contains("staging") ? "VIEW " : "TABLE ") + relations.get(name) + " AS "
              + render(f.getValue()));
        }
      }
    }
  }

  /** Jinja as dbt renders a first build. */
  private String render(String sql) {
    String out = sql.replaceAll("(?s)\\{\\{ config\\(.*?\\) }}\\n", "")
        .replaceAll("(?s)\\s*\\{% if is_incremental\\(\\) %}.*?\\{% endif %}", "");
    Matcher snapshot = Pattern.compile("(?s)\\{% snapshot (\\w+) %}\\n(.*)\\{% endsnapshot %}\\n").matcher(out);
    if (snapshot.matches()) {
      // a first snapshot: every row valid from its update time (or now), none closed
      String config = sql.substring(sql.indexOf("{{ config("), sql.indexOf(") }}"));
      Matcher updated = Pattern.compile("updated_at='([^']+)'").matcher(config);
      String from = updated.find() ? duckdb.quote(updated.group(1)) : "CURRENT_TIMESTAMP";
      out = "SELECT *, CAST(" + from + " AS TIMESTAMP) AS dbt_valid_from, CAST(NULL AS TIMESTAMP) AS dbt_valid_to FROM ("
          + snapshot.group(2).replaceAll("(?m)^--.*$", "") + ")";
    }
    Matcher source = SOURCE.matcher(out);
    out = source.replaceAll(m -> Matcher.quoteReplacement(relations.get("source:" + m.group(1))));
    return REF.matcher(out).replaceAll(m -> Matcher.quoteReplacement(relations.get(m.group(1))))
        .replace("{{ '{' }}", "{");
  }

  @Test
  void everyModelBuildsAndEveryTestPasses() throws Exception {
    Map<String, Long> failing = runTests();

    assertThat(failing).isNotEmpty().allSatisfy((test, rows) -> assertThat(rows).as(test).isZero());
    assertThat(count("SELECT count(*) FROM " + relations.get("fct_benefits__claims"))).isPositive();
    assertThat(count("SELECT count(*) FROM " + relations.get("dim_benefits__employees") + " WHERE is_current"))
        .isPositive();
    connection.close();
  }

  @Test
  void aRowBreakingACheckFailsItsTest() throws Exception {
    execute("CREATE OR REPLACE TABLE " + relations.get("fct_benefits__claims") + " AS SELECT * REPLACE (-5 AS amount, "
        + "'medical' AS claim_type) FROM " + relations.get("fct_benefits__claims"));

    Map<String, Long> failing = runTests();

    assertThat(failing.get("fct_benefits__claims__expression__refund_sign")).isPositive();
    assertThat(failing.get("fct_benefits__claims__not_null__claim_id")).isZero();
    assertThat(failing.get("fct_benefits__claims__unique__claim_id")).isZero();
    connection.close();
  }

  /** Failing rows per test: singular tests as written, generic ones as dbt defines them. */
  private Map<String, Long> runTests() throws Exception {
    Map<String, Long> out = new HashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().startsWith("dbt/tests/")) {
        String name = f.getKey().substring("dbt/tests/".length(), f.getKey().length() - 4);
        out.put(name, count("SELECT count(*) FROM (" + render(f.getValue()) + ")"));
      }
    }
    YAMLMapper yaml = new YAMLMapper();
    for (String file : List.of("dbt/models/staging/schema.yml", "dbt/models/marts/schema.yml")) {
      for (JsonNode model : yaml.readTree(files.get(file)).get("models")) {
        String table = relations.get(model.get("name").asText());
        for (JsonNode column : model.get("columns")) {
          String col = duckdb.quote(column.get("name").asText());
          for (JsonNode test : column.path("data_tests")) {
            String kind = test.isTextual() ? test.asText() : test.fieldNames().next();
            JsonNode args = test.isTextual() ? yaml.createObjectNode() : test.get(kind);
            String where = args.path("config").path("where").asText("true");
            String rows = "(SELECT * FROM " + table + " WHERE " + where + ")";
            String sql = switch (kind) {
              case "not_null" -> "SELECT count(*) FROM " + rows + " WHERE " + col + " IS NULL";
              case "unique" -> "SELECT count(*) FROM (SELECT " + col + " FROM " + rows + " WHERE " + col
                  + " IS NOT NULL GROUP BY " + col + " HAVING count(*) > 1)";
              case "accepted_values" -> {
                List<String> values = new ArrayList<>();
                args.get("values").forEach(v -> values.add(args.get("quote").asBoolean() ? duckdb.literal(v.asText())
                    : v.asText()));
                yield "SELECT count(*) FROM " + rows + " WHERE " + col + " NOT IN (" + String.join(", ", values) + ")";
              }
              case "relationships" -> {
                String parent = relations.get(args.get("to").asText().replaceAll("ref\\('(.*)'\\)", "$1"));
                yield "SELECT count(*) FROM " + rows + " WHERE " + col + " IS NOT NULL AND " + col + " NOT IN (SELECT "
                    + duckdb.quote(args.get("field").asText()) + " FROM " + parent + ")";
              }
              default -> throw new AssertionError("unknown test " + kind);
            };
            out.put(model.get("name").asText() + "__" + kind + "__" + column.get("name").asText(), count(sql));
          }
        }
      }
    }
    return out;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
