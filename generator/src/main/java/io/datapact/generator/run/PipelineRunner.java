package io.datapact.generator.run;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.pipeline.PipelineNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Builds a generated pipeline on a JDBC connection: every object's file, in pipeline order. Data
 * checks ({@code test} nodes) only read; they are run by {@code CheckRunner}, not here.
 */
public final class PipelineRunner {
  /** The node kind of data checks. */
  public static final String TEST = "test";

  private final GeneratedFiles files;
  private final String dialect;

  public PipelineRunner(GeneratedFiles files, String dialect) {
    this.files = files;
    this.dialect = dialect;
  }

  /** Runs every object's SQL once, in execution order; a second call is an incremental build. */
  public void build(Connection connection) throws SQLException {
    run(connection, node -> !node.kind().equals(TEST));
  }

  /** Creates the schemas, the state table and the raw tables, so that data can be loaded. */
  public void prepare(Connection connection) throws SQLException {
    run(connection, node -> node.kind().equals("setup") || node.kind().equals("raw"));
  }

  private void run(Connection connection, Predicate<PipelineNode> which) throws SQLException {
    ScriptRunner runner = new ScriptRunner(connection);
    for (PipelineNode node : files.pipeline().nodes()) {
      String file = node.files().get(dialect);
      if (file != null && which.test(node)) {
        runner.run(file, files.files().get(file));
      }
    }
  }
}
