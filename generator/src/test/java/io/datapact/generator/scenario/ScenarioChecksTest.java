package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.datapact.generator.checks.CheckKind;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.CheckResult;
import io.datapact.generator.checks.CheckResult.Status;
import io.datapact.generator.checks.CheckRunner;
import io.datapact.generator.checks.CheckSql;
import io.datapact.generator.checks.MutationProver;
import io.datapact.generator.checks.MutationProver.Outcome;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.template.Templates;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The data checks of the example contracts on both engines, after batches 1 and 2 of the scenario
 * data: every check reports what {@link ScenarioCheckExpectations} says, and every check can fail,
 * proved by {@link MutationProver}. Tables of results and mutation outcomes go to the test output.
 */
class ScenarioChecksTest {
  private static Databases databases;
  private static ScenarioPipeline pipeline;
  private static List<PlannedCheck> plan;
  private static final Map<Engine, Connection> BUILT = new EnumMap<>(Engine.class);

  @BeforeAll
  static void start() throws Exception {
    databases = Databases.start();
    pipeline = ScenarioPipeline.of(ScenarioExampleContractsTest.CONTRACTS, ScenarioExampleContractsTest.DATA);
    plan = CheckPlanner.plan(pipeline.catalog());
  }

  @AfterAll
  static void stop() throws Exception {
    for (Connection c : BUILT.values()) {
      c.close();
    }
    databases.close();
  }

  @TestFactory
  Stream<DynamicNode> checks() {
    return Stream.of(Engine.values()).map(engine -> dynamicContainer(engine.dialectName(), Stream.of(
        dynamicTest("every check reports its expected status", () -> expectedStatuses(engine)),
        dynamicTest("every mutant is killed", () -> everyMutantKilled(engine)),
        dynamicTest("aggregate checks failing on the fixtures are killed once calibrated to pass",
            () -> calibratedMutantsKilled(engine)))));
  }

  private static void expectedStatuses(Engine engine) throws Exception {
    List<CheckResult> results = new CheckRunner(sql(engine), ScenarioCheckExpectations.NOW).run(connection(engine), plan);
    System.out.println("\nData checks on " + engine.dialectName() + " at " + ScenarioCheckExpectations.NOW + ":");
    results.forEach(r -> System.out.println("  " + r.message()));
    Map<String, Status> actual = new TreeMap<>();
    Map<String, Status> expected = new TreeMap<>();
    for (CheckResult r : results) {
      actual.put(r.check().name(), r.status());
      expected.put(r.check().name(), ScenarioCheckExpectations.NOT_PASSING.getOrDefault(r.check().name(), Status.PASS));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(results).allSatisfy(r -> assertThat(r.checked()).as(r.message()).isPositive());
  }

  private static void everyMutantKilled(Engine engine) throws Exception {
    MutationProver prover = new MutationProver(sql(engine), pipeline.catalog(), ScenarioCheckExpectations.NOW);
    List<Outcome> outcomes = prover.outcomes(connection(engine), plan);
    print(engine, "at " + ScenarioCheckExpectations.NOW, outcomes);
    assertThat(outcomes).as("every kind is proved").extracting(o -> o.check().kind())
        .containsAll(List.of(CheckKind.values()));
    assertThat(outcomes).filteredOn(o -> !o.killed()).as("checks that cannot fail").isEmpty();
    assertThat(outcomes).filteredOn(Outcome::vacuous).allSatisfy(o -> assertThat(
        ScenarioCheckExpectations.NOT_PASSING).as(o.check().name()).containsKey(o.check().name()));
    assertThat(prover.prove(connection(engine), plan.subList(0, 5))).isEmpty();
  }

  /**
   * The aggregate checks that fail on the fixtures anyway, made to pass first: freshness measured at
   * {@link ScenarioCheckExpectations#EARLY}, volume bounds around the fixture (a minimum of one row;
   * for marts also a maximum alone), daily change of marts allowing 1000 %. The source's daily change
   * is left out: its fixture already shows the largest change a reshuffle of its six rows can make.
   */
  private static void calibratedMutantsKilled(Engine engine) throws Exception {
    List<PlannedCheck> freshness = new ArrayList<>();
    List<PlannedCheck> calibrated = new ArrayList<>();
    for (PlannedCheck c : plan) {
      boolean mart = c.target().schema().equals("marts");
      if (!ScenarioCheckExpectations.NOT_PASSING.containsKey(c.name()) || !c.kind().aggregate()) {
        continue;
      }
      switch (c.kind()) {
        case FRESHNESS -> freshness.add(c);
        case VOLUME -> {
          calibrated.add(with(c, "__min_1", Map.of(PlannedCheck.MIN, List.of("1"), PlannedCheck.MAX, List.of("1000000"))));
          if (mart) {
            calibrated.add(with(c, "__max_1000", Map.of(PlannedCheck.MAX, List.of("1000"))));
          }
        }
        default -> {
          if (mart) {
            calibrated.add(with(c, "__1000_pct", Map.of(PlannedCheck.MAX_CHANGE_PCT, List.of("1000"))));
          }
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>(new MutationProver(sql(engine), pipeline.catalog(),
        ScenarioCheckExpectations.EARLY).outcomes(connection(engine), freshness));
    outcomes.addAll(new MutationProver(sql(engine), pipeline.catalog(), ScenarioCheckExpectations.NOW)
        .outcomes(connection(engine), calibrated));
    print(engine, "calibrated to pass first", outcomes);
    assertThat(outcomes).as("8 freshness, 11 + 10 volume, 3 daily change").hasSize(32);
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o.baseline().status()).as(o.check().name()).isEqualTo(Status.PASS);
      assertThat(o.killed()).as(o.check().name() + ": " + o.mutation()).isTrue();
    });
  }

  /** The check with some parameters replaced (a missing key removes it) and the name suffixed. */
  private static PlannedCheck with(PlannedCheck c, String suffix, Map<String, List<String>> params) {
    Map<String, List<String>> all = new TreeMap<>(c.params());
    all.remove(PlannedCheck.MIN);
    all.putAll(params);
    return new PlannedCheck(c.name() + suffix, c.kind(), c.contract(), c.target(), c.columns(), new TreeMap<>(all),
        c.severity(), c.tolerance(), c.sampleColumns());
  }

  private static void print(Engine engine, String when, List<Outcome> outcomes) {
    System.out.println("\nMutations on " + engine.dialectName() + ", " + when + ":");
    System.out.printf("  %-80s | %-5s | %-60s | %-5s | %s%n", "check", "data", "mutation", "then", "outcome");
    for (Outcome o : outcomes) {
      System.out.printf("  %-80s | %-5s | %-60s | %-5s | %s%n", o.check().name(), o.baseline().status().label(),
          o.mutation(), o.mutant() == null ? "-" : o.mutant().status().label(),
          !o.killed() ? "SURVIVED" : o.vacuous() ? "killed (failing before)" : "killed");
    }
  }

  private static CheckSql sql(Engine engine) {
    return new CheckSql(engine.dialect(), new Templates(engine.dialect(), null), pipeline.catalog());
  }

  /** A database with the scenario's batches 1 and 2 loaded and built, one per engine. */
  private static synchronized Connection connection(Engine engine) throws Exception {
    Connection c = BUILT.get(engine);
    if (c == null) {
      c = databases.open(engine);
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        pipeline.load(c, engine, step);
        pipeline.build(c, engine);
      }
      BUILT.put(engine, c);
    }
    return c;
  }
}
