package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Incremental builds of the example pipeline: a batch touching one grain of a fact rewrites that
 * row only (untouched rows keep their physical identity, {@code _batch_id}, {@code _loaded_at} and
 * hash, also those re-read through a lookback window), and building after every batch gives the
 * same rows as building once after all batches of a step.
 */
class ScenarioIncrementalTest {
  /** What each fact's {@code batch-3.csv} does: replace or add the row of one grain. */
  private record Touch(String grain, boolean replaces) {}

  private static final Map<String, Touch> BATCH_3 = Map.of(
      "marts.fct_benefits__claims", new Touch("CLM-00000105", true),
      "marts.fct_benefits__enrollments", new Touch("5001|PLN-2025-0003|2025-01-01", true),
      "marts.fct_petcare__care_tasks", new Touch("c1000000-0000-4000-8000-000000000007", true),
      "marts.fct_petcare__activity_events", new Touch("e1000000-0000-4000-8000-000000000012", false));

  private static Databases databases;
  private static ScenarioPipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    databases = Databases.start();
    pipeline = ScenarioPipeline.of(ScenarioExampleContractsTest.CONTRACTS, ScenarioExampleContractsTest.DATA);
  }

  @AfterAll
  static void stop() throws Exception {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aBatchTouchingOneGrainRewritesOnlyThatRow(Engine engine) throws Exception {
    List<Relation> marts = PublishedRows.martTables(pipeline.catalog());
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        pipeline.load(c, engine, step);
        pipeline.build(c, engine);
      }
      Map<String, List<List<String>>> before = PublishedRows.physicalSnapshot(c, engine, marts);
      assertThat(pipeline.load(c, engine, 3)).isEqualTo(BATCH_3.size());
      pipeline.build(c, engine);
      Map<String, List<List<String>>> after = PublishedRows.physicalSnapshot(c, engine, marts);

      for (Contract contract : pipeline.contracts()) {
        if (pipeline.catalog().names(contract).mart().isEmpty()) {
          continue;
        }
        String mart = pipeline.catalog().names(contract).mart().get().toString();
        List<String> header = after.get(mart).get(0);
        List<List<String>> gone = minus(before.get(mart), after.get(mart));
        List<List<String>> added = minus(after.get(mart), before.get(mart));
        Touch touch = BATCH_3.get(mart);
        if (touch == null) {
          assertThat(gone).as(mart + " rows rewritten").isEmpty();
          assertThat(added).as(mart + " rows added").isEmpty();
          continue;
        }
        List<String> grain = PublishedRows.keyOf(contract);
        assertThat(added).as(mart + " rows written").hasSize(1);
        assertThat(grain(header, grain, added.get(0))).as(mart + " grain written").isEqualTo(touch.grain());
        assertThat(added.get(0).get(header.indexOf("_batch_id"))).isEqualTo("batch-3");
        assertThat(gone).as(mart + " rows replaced").hasSize(touch.replaces() ? 1 : 0);
        if (touch.replaces()) {
          assertThat(grain(header, grain, gone.get(0))).isEqualTo(touch.grain());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void buildingAfterEveryBatchGivesTheRowsOfOneBuildPerStep(Engine engine) throws Exception {
    List<String> failures = new ArrayList<>();
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        for (String batch : pipeline.batchNames(step)) {
          pipeline.loadBatch(c, engine, batch);
          pipeline.build(c, engine);
        }
      }
      PublishedRows rows = new PublishedRows(pipeline.catalog(), engine);
      for (Contract contract : pipeline.contracts()) {
        Path expected = pipeline.dataDir(contract).resolve("expected-after-batch-2.csv");
        try {
          Golden.assertTable(expected, rows.read(c, contract), false);
        } catch (AssertionError e) {
          failures.add(e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static List<List<String>> minus(List<List<String>> rows, List<List<String>> other) {
    Map<List<String>, Integer> left = new HashMap<>();
    other.subList(1, other.size()).forEach(r -> left.merge(r, 1, Integer::sum));
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (left.merge(row, -1, Integer::sum) < 0) {
        out.add(row);
      }
    }
    return out;
  }

  private static String grain(List<String> header, List<String> grain, List<String> row) {
    return String.join("|", grain.stream().map(g -> row.get(header.indexOf(g))).toList());
  }
}
