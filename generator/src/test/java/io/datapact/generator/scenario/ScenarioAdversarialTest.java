package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contracts whose field names, descriptions and accepted values hold double and single quotes,
 * semicolons, {@code --}, reserved words, non-ASCII letters and mixed case
 * ({@code src/test/resources/adversarial/contracts}): the generated SQL runs on both engines, and
 * rows holding the same, plus {@code '; DROP TABLE x; --}, newlines, backslashes, a literal
 * {@code \N} and pipes, come back exactly. A second batch goes through every incremental path
 * (SCD2 snapshot deletion, SCD3 previous values, fact merge and deleted flag, source update).
 */
class ScenarioAdversarialTest {
  private static final Path CONTRACTS = Path.of("src/test/resources/adversarial/contracts");
  private static final Path DATA = Path.of("src/test/resources/adversarial/data");

  private static Databases databases;
  private static ScenarioPipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    databases = Databases.start();
    pipeline = ScenarioPipeline.of(CONTRACTS, DATA);
  }

  @AfterAll
  static void stop() throws Exception {
    databases.close();
  }

  @Test
  void theContractsAreValidAndUseEveryKind() {
    assertThat(pipeline.contracts()).extracting(Contract::id)
        .containsExactly("odd.notes", "odd.people", "odd.places", "odd.visits");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void rowsComeBackExactly(Engine engine) throws Exception {
    PublishedRows published = new PublishedRows(pipeline.catalog(), engine);
    List<Relation> marts = PublishedRows.martTables(pipeline.catalog());
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      pipeline.load(c, engine, 1);
      pipeline.build(c, engine);
      for (Contract contract : pipeline.contracts()) {
        List<List<String>> rows = published.read(c, contract);
        int fields = contract.fields().size();
        List<List<String>> values = rows.stream().map(r -> r.subList(0, fields)).toList();
        assertThat(values).as(contract.id() + " after batch 1").isEqualTo(delivered(contract));
        Golden.assertTable(pipeline.dataDir(contract).resolve("expected-after-batch-1.csv"), rows,
            engine == Engine.DUCKDB);
      }

      pipeline.load(c, engine, 2);
      pipeline.build(c, engine);
      for (Contract contract : pipeline.contracts()) {
        Golden.assertTable(pipeline.dataDir(contract).resolve("expected-after-batch-2.csv"),
            published.read(c, contract), engine == Engine.DUCKDB);
      }

      Map<String, List<List<String>>> before = PublishedRows.physicalSnapshot(c, engine, marts);
      pipeline.build(c, engine);
      assertThat(PublishedRows.physicalSnapshot(c, engine, marts)).isEqualTo(before);
    }
  }

  /**
   * The analyst's masked view of {@code odd.people}: its row filter names a quoted field, a
   * placeholder {@code {{ mixed }}} and a literal {@code 'x''; DROP TABLE y; --'}; with the
   * placeholder granted {@code it's}, the view holds exactly the rows with that value, and the
   * masked name is never the raw one.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void theSecuredViewKeepsAdversarialFiltersQuoted(Engine engine) throws Exception {
    try (Connection c = databases.open(engine); java.sql.Statement s = c.createStatement()) {
      pipeline.createRawTables(c, engine);
      pipeline.load(c, engine, 1);
      pipeline.build(c, engine);
      s.execute("INSERT INTO \"datapact\".\"entitlements\" VALUES ('analyst', 'mixed', 'it''s')");
      String view = "\"for_analyst\".\"odd__people\"";
      String mart = "\"marts\".\"dim_odd__people\"";
      long expected = count(s, "SELECT count(*) FROM " + mart + " WHERE \"Mixed \"\"Case\"\" Name\" = 'it''s'");
      assertThat(expected).isPositive();
      assertThat(count(s, "SELECT count(*) FROM " + view)).isEqualTo(expected);
      assertThat(count(s, "SELECT count(*) FROM " + view + " AS v JOIN " + mart + " AS m ON m.\"order\" = v.\"order\""
          + " AND m.\"prénom\" = v.\"prénom\"")).isZero();
    }
  }

  private static long count(java.sql.Statement s, String query) throws java.sql.SQLException {
    try (java.sql.ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The field values of a contract's batch 1 as delivered, header first, sorted by key. */
  private static List<List<String>> delivered(Contract contract) throws Exception {
    List<Csv.Record> records = Csv.parse(Files.readString(
        pipeline.dataDir(contract).resolve("batch-1.csv"), StandardCharsets.UTF_8));
    List<String> header = records.get(0).cells();
    List<String> names = contract.fields().stream().map(Field::name).toList();
    List<List<String>> rows = new ArrayList<>();
    for (Csv.Record record : records.subList(1, records.size())) {
      List<String> row = new ArrayList<>();
      for (Field f : contract.fields()) {
        row.add(record.cells().get(header.indexOf(f.rawName())));
      }
      rows.add(row);
    }
    rows.sort(PublishedRows.byColumns(PublishedRows.keyOf(contract).stream().map(names::indexOf).toList()));
    List<List<String>> out = new ArrayList<>();
    out.add(names);
    out.addAll(rows);
    return out;
  }
}
