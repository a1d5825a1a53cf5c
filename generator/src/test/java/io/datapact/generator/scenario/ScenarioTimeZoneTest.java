package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The session time zone does not change what the pipeline builds: the example scenario, built in
 * sessions of other zones (a different one for each build), gives the expected rows, and a build
 * in yet another zone rewrites nothing. Load times are UTC timestamps and zoned values are
 * instants, so neither may be read or hashed in the session's zone.
 */
class ScenarioTimeZoneTest {
  /** Zones of the three builds: not UTC, not whole hours, on both sides of it. */
  private static final List<String> ZONES = List.of("Asia/Kolkata", "America/Los_Angeles", "Pacific/Chatham");

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
  void buildsInOtherSessionTimeZonesGiveTheSameRows(Engine engine) throws Exception {
    List<Relation> marts = PublishedRows.martTables(pipeline.catalog());
    List<String> failures = new ArrayList<>();
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        pipeline.load(c, engine, step);
        Databases.setTimeZone(c, engine, ZONES.get(step - 1));
        pipeline.build(c, engine);
        Databases.setTimeZone(c, engine, "UTC");
        PublishedRows rows = new PublishedRows(pipeline.catalog(), engine);
        for (Contract contract : pipeline.contracts()) {
          try {
            Golden.assertTable(pipeline.dataDir(contract).resolve("expected-after-batch-" + step + ".csv"),
                rows.read(c, contract), false);
          } catch (AssertionError e) {
            failures.add("built in " + ZONES.get(step - 1) + ": " + e.getMessage());
          }
        }
      }
      assertThat(failures).isEmpty();

      Map<String, List<List<String>>> before = PublishedRows.physicalSnapshot(c, engine, marts);
      Databases.setTimeZone(c, engine, ZONES.get(2));
      pipeline.build(c, engine);
      Databases.setTimeZone(c, engine, "UTC");
      assertThat(PublishedRows.physicalSnapshot(c, engine, marts)).isEqualTo(before);
    }
  }
}
