package io.datapact.generator.verify;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.ScriptRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.TestContracts;
import io.datapact.model.Contract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The example contracts, validated, and the generated pipeline for both dialects. */
final class Examples {
  static final Dialect DUCKDB = Dialects.byName("duckdb");
  static final Dialect POSTGRES = Dialects.byName("postgres");

  private Examples() {}

  /** Every example contract; validation must report no problem. */
  static List<Contract> contracts() {
    return TestContracts.examples();
  }

  /** The pipeline of the contracts for both dialects. */
  static GeneratedFiles generate(List<Contract> contracts) {
    return new Generator(List.of(DUCKDB, POSTGRES), null).generate(contracts);
  }

  /** Runs only the setup and raw table files of a dialect, so that batches can land before the first build. */
  static void createRawTables(Connection connection, GeneratedFiles files, String dialect) throws SQLException {
    ScriptRunner runner = new ScriptRunner(connection);
    for (PipelineNode node : files.pipeline().nodes()) {
      if (node.kind().equals("setup") || node.kind().equals("raw")) {
        String file = node.files().get(dialect);
        runner.run(file, files.files().get(file));
      }
    }
  }
}
