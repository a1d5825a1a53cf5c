package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.CheckResult;
import io.datapact.generator.checks.CheckResult.Status;
import io.datapact.generator.checks.CheckRunner;
import io.datapact.generator.checks.CheckSql;
import io.datapact.generator.checks.MutationProver;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.template.Templates;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data checks of the adversarial contracts (quotes, semicolons, {@code --}, reserved words and
 * non-ASCII names in keys, enums and references) run on both engines, and each can fail.
 */
class ScenarioAdversarialChecksTest {
  private static final Instant NOW = Instant.parse("2025-03-05T08:00:00Z");
  private static Databases databases;
  private static ScenarioPipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    databases = Databases.start();
    pipeline = ScenarioPipeline.of(Path.of("src/test/resources/adversarial/contracts"),
        Path.of("src/test/resources/adversarial/data"));
  }

  @AfterAll
  static void stop() throws Exception {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyCheckRunsAndCanFail(Engine engine) throws Exception {
    List<PlannedCheck> plan = CheckPlanner.plan(pipeline.catalog());
    CheckSql sql = new CheckSql(engine.dialect(), new Templates(engine.dialect(), null), pipeline.catalog());
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        pipeline.load(c, engine, step);
        pipeline.build(c, engine);
      }
      List<CheckResult> results = new CheckRunner(sql, NOW).run(c, plan);
      // Visit v--3 points at a person and a place that do not exist (the unknown member case).
      assertThat(results).filteredOn(r -> r.status() != Status.PASS).extracting(CheckResult::message).containsExactly(
          "[error] relationships fct_odd__visits.where \"at\": 1 of 4 rows fail (samples: v--3)",
          "[error] relationships fct_odd__visits.who; --: 1 of 4 rows fail (samples: v--3)");
      assertThat(new MutationProver(sql, pipeline.catalog(), NOW).prove(c, plan)).isEmpty();
      assertThat(plan).hasSize(17);
    }
  }
}
