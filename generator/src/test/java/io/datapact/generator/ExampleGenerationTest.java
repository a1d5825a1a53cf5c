package io.datapact.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialects;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleGenerationTest {
  @Test
  void dump() throws Exception {
    Path project = Path.of("../example-contracts").toAbsolutePath().normalize();
    ValidationReport report = ContractValidator.standard().validateDirectory(project, project.resolve("src/main/contracts"));
    assertThat(report.problems()).isEmpty();
    GeneratedFiles out = new Generator(List.of(Dialects.byName("duckdb"), Dialects.byName("postgres")), null)
        .generate(report.contracts().stream().map(LoadedContract::contract).toList());
    Path dir = Path.of("target/dump");
    for (var e : out.files().entrySet()) {
      Path f = dir.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      new PipelineRunner(out, "duckdb").build(c);
      new PipelineRunner(out, "duckdb").build(c);
    }
    try (var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      new PipelineRunner(out, "postgres").build(c);
      new PipelineRunner(out, "postgres").build(c);
    }
  }
}
