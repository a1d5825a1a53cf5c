package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance test of "generate the pipeline SQL": every example contract on both engines.
 *
 * <p>Per engine: load batch 1 of every contract, build, check the published rows; load batch 2
 * (updates, late facts, deleted keys, keys that change twice, keys that disappear and come back,
 * duplicate deliveries), build incrementally, check again; build a third time without new data
 * and check that no row of any mart was rewritten (same physical row, same values in every
 * column). The data and the expected rows live in {@code src/test/resources/scenarios/<contract>/};
 * see the README there for what each batch exercises.
 */
class ScenarioExampleContractsTest {
  static final Path CONTRACTS = Path.of("../example-contracts/src/main/contracts");
  static final Path DATA = Path.of("src/test/resources/scenarios");

  private static Databases databases;
  private static ScenarioPipeline pipeline;
  private static final Map<Engine, Run> RUNS = new EnumMap<>(Engine.class);

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
  void everyExampleContractHasTwoBatchesAndExpectedRows() throws Exception {
    assertThat(pipeline.contracts()).hasSize(13);
    for (Contract c : pipeline.contracts()) {
      Path dir = pipeline.dataDir(c);
      assertThat(pipeline.batches(c, 1)).as(dir + " batch 1").isNotEmpty();
      assertThat(pipeline.batches(c, 2)).as(dir + " batch 2").isNotEmpty();
      if (!Golden.updating()) {
        assertThat(dir.resolve("expected-after-batch-1.csv")).exists();
        assertThat(dir.resolve("expected-after-batch-2.csv")).exists();
      }
    }
  }

  @TestFactory
  Stream<DynamicNode> examples() {
    return Stream.of(Engine.values())
        .map(engine -> dynamicContainer(engine.dialectName(), Stream.concat(perContract(engine), wholePipeline(engine))));
  }

  /** After batch 1 and after batch 2, the published rows of each contract equal its expected file. */
  private static Stream<DynamicNode> perContract(Engine engine) {
    return pipeline.contracts().stream().map(c -> {
      Path dir = pipeline.dataDir(c);
      Stream<DynamicNode> steps = Stream.of(1, 2).map(step -> dynamicTest("after batch " + step, () ->
          Golden.assertTable(dir.resolve("expected-after-batch-" + step + ".csv"),
              run(engine).published.get(step).get(c), engine == Engine.DUCKDB)));
      return dynamicContainer(dir.getFileName().toString(), steps);
    });
  }

  private static Stream<DynamicNode> wholePipeline(Engine engine) {
    return Stream.of(
        dynamicTest("unknown member exactly once per dimension after every build", () -> {
          for (Map<String, Integer> counts : run(engine).unknownMembers) {
            assertThat(counts).isNotEmpty().allSatisfy((dim, n) -> assertThat(n).as(dim).isEqualTo(1));
          }
        }),
        dynamicTest("a build without new data rewrites no row of any mart", () ->
            assertThat(run(engine).afterBuild3).isEqualTo(run(engine).afterBuild2Physical)),
        dynamicTest("the unsuffixed name shows the latest major", () -> {
          Run run = run(engine);
          for (Contract c : pipeline.contracts()) {
            ObjectNames names = pipeline.catalog().names(c);
            names.alias().ifPresent(alias -> assertThat(run.afterBuild2.get(alias.toString()))
                .isNotNull().isEqualTo(run.afterBuild2.get(names.published().toString())));
          }
        }));
  }

  /** What one engine produced over the three builds, computed once per engine. */
  private static final class Run {
    final Map<Integer, Map<Contract, List<List<String>>>> published = new LinkedHashMap<>();
    final List<Map<String, Integer>> unknownMembers = new ArrayList<>();
    Map<String, List<List<String>>> afterBuild2;
    Map<String, List<List<String>>> afterBuild2Physical;
    Map<String, List<List<String>>> afterBuild3;
  }

  private static synchronized Run run(Engine engine) throws Exception {
    Run run = RUNS.get(engine);
    if (run == null) {
      run = execute(engine);
      RUNS.put(engine, run);
    }
    return run;
  }

  private static Run execute(Engine engine) throws Exception {
    Run run = new Run();
    PublishedRows rows = new PublishedRows(pipeline.catalog(), engine);
    List<Relation> marts = PublishedRows.marts(pipeline.catalog());
    try (Connection c = databases.open(engine)) {
      pipeline.createRawTables(c, engine);
      for (int step = 1; step <= 2; step++) {
        assertThat(pipeline.load(c, engine, step)).isPositive();
        pipeline.build(c, engine);
        Map<Contract, List<List<String>>> tables = new LinkedHashMap<>();
        for (Contract contract : pipeline.contracts()) {
          tables.put(contract, rows.read(c, contract));
        }
        run.published.put(step, tables);
        run.unknownMembers.add(unknownMembers(c, engine.dialect()));
      }
      run.afterBuild2 = PublishedRows.snapshot(c, engine.dialect(), marts);
      run.afterBuild2Physical = PublishedRows.physicalSnapshot(c, engine, PublishedRows.martTables(pipeline.catalog()));
      pipeline.build(c, engine);
      run.unknownMembers.add(unknownMembers(c, engine.dialect()));
      run.afterBuild3 = PublishedRows.physicalSnapshot(c, engine, PublishedRows.martTables(pipeline.catalog()));
    }
    return run;
  }

  private static Map<String, Integer> unknownMembers(Connection c, Dialect d) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Contract contract : pipeline.contracts()) {
      if (contract.kind() != Kind.DIMENSION) {
        continue;
      }
      Relation mart = pipeline.catalog().names(contract).mart().orElseThrow();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM "
          + d.qualified(mart.schema(), mart.name()) + " WHERE " + d.quote(contract.name() + "_sk") + " = '-1'")) {
        rs.next();
        counts.put(mart.toString(), rs.getInt(1));
      }
    }
    return counts;
  }
}
