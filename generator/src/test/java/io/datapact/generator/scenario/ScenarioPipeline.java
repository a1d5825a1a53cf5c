package io.datapact.generator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.run.ScriptRunner;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Contracts generated for both engines, with their scenario data: {@code <data>/<name>/batch-<n>.csv}
 * where {@code <name>} is the contract id, suffixed {@code _v<major>} when several majors of the id
 * exist (as the generator names their objects).
 */
final class ScenarioPipeline {
  private final List<Contract> contracts;
  private final PipelineCatalog catalog;
  private final GeneratedFiles files;
  private final Path data;

  private ScenarioPipeline(List<Contract> contracts, Path data) {
    this.contracts = contracts;
    this.catalog = new PipelineCatalog(contracts);
    this.files = new Generator(Stream.of(Engine.values()).map(Engine::dialect).toList(), null).generate(contracts);
    this.data = data;
  }

  /** Validates (no problem allowed) and generates the contracts below {@code contractsDir}. */
  static ScenarioPipeline of(Path contractsDir, Path data) {
    Path project = contractsDir.toAbsolutePath().normalize();
    ValidationReport report = ContractValidator.standard().validateDirectory(project, project);
    assertThat(report.problems()).as("problems of the contracts in " + contractsDir).isEmpty();
    return new ScenarioPipeline(report.contracts().stream().map(LoadedContract::contract).toList(), data);
  }

  List<Contract> contracts() {
    return catalog.contracts();
  }

  PipelineCatalog catalog() {
    return catalog;
  }

  /** The folder of a contract's scenario data. */
  Path dataDir(Contract c) {
    boolean severalMajors = contracts.stream()
        .filter(o -> o.id().equals(c.id())).map(Contract::majorVersion).distinct().count() > 1;
    return data.resolve(severalMajors ? c.id() + "_v" + c.majorVersion() : c.id());
  }

  /** Runs the setup and raw table files only, so that batches can be loaded before the first build. */
  void createRawTables(Connection connection, Engine engine) throws SQLException {
    ScriptRunner runner = new ScriptRunner(connection);
    for (PipelineNode node : files.pipeline().nodes()) {
      if (node.kind().equals("setup") || node.kind().equals("raw")) {
        String file = node.files().get(engine.dialectName());
        runner.run(file, files.files().get(file));
      }
    }
  }

  /** Builds every object, in pipeline order. */
  void build(Connection connection, Engine engine) throws SQLException {
    new PipelineRunner(files, engine.dialectName()).build(connection);
  }

  /** The files of step {@code n} of a contract: {@code batch-<n>.csv}, then {@code batch-<n>b.csv} etc. */
  List<Path> batches(Contract c, int step) throws IOException {
    Path dir = dataDir(c);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().matches("batch-" + step + "[a-z]?\\.csv")).sorted().toList();
    }
  }

  /** The batch names of step {@code n} over all contracts, in load order: {@code batch-<n>}, {@code batch-<n>b}. */
  List<String> batchNames(int step) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (Contract c : contracts()) {
      for (Path batch : batches(c, step)) {
        String file = batch.getFileName().toString();
        names.add(file.substring(0, file.length() - ".csv".length()));
      }
    }
    return List.copyOf(names);
  }

  /**
   * Where a loader lands a contract's rows: the table its contract names in {@code source.table},
   * as the loader team reads it from the contract, else the generator's raw table.
   */
  Relation landingTable(Contract c) {
    String table = c.source().table();
    return table == null ? catalog.names(c).raw()
        : new Relation(table.substring(0, table.indexOf('.')), table.substring(table.indexOf('.') + 1));
  }

  /** Loads the batch of that name of every contract that has one; returns the number of rows loaded. */
  int loadBatch(Connection connection, Engine engine, String name) throws IOException, SQLException {
    int rows = 0;
    for (Contract c : contracts()) {
      Path file = dataDir(c).resolve(name + ".csv");
      if (Files.isRegularFile(file)) {
        rows += RawLoader.load(connection, engine, c, landingTable(c), file);
      }
    }
    return rows;
  }

  /** Loads every batch of step {@code n}; returns the number of rows loaded. */
  int load(Connection connection, Engine engine, int step) throws IOException, SQLException {
    int rows = 0;
    for (String name : batchNames(step)) {
      rows += loadBatch(connection, engine, name);
    }
    return rows;
  }
}
