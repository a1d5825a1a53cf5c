package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every logical type, lists of each, and rules on them, through both load paths. */
class AllTypesTest {
  static final Contract ALL = TestContracts.one("""
      apiVersion: datapact/v1
      id: lab.samples
      version: 1.0.0
      owner: {team: lab}
      kind: dimension
      scd: {type: 2, key: [sample_id], updatedAt: changed_at, deletes: flag}
      fields:
        - {name: sample_id, type: uuid, required: true}
        - {name: label, type: string, required: true, unique: true, pattern: '^S-[A-Z]{2}(-[0-9]{2,4})?$'}
        - {name: code, type: string, length: {min: 3, max: 5}}
        - {name: small, type: integer, range: {min: -5, max: 5}}
        - {name: big, type: long, range: {min: 9000000000000}}
        - {name: tiny_money, type: "decimal(3,2)", range: {min: -9.99}}
        - {name: huge_money, type: "decimal(38,10)"}
        - {name: ratio, type: double, range: {min: -1, max: 1}}
        - {name: flag, type: boolean}
        - {name: day, type: date, enum: ['2024-02-29', '2025-01-01']}
        - {name: moment, type: timestamp, range: {min: '2030-01-01 00:00:00'}}
        - {name: instant, type: timestamptz, range: {max: '1999-12-31T23:59:59Z'}}
        - {name: doc, type: json}
        - {name: words, type: list<string>}
        - {name: counts, type: list<integer>}
        - {name: amounts, type: "list<decimal(5,2)>"}
        - {name: days, type: list<date>}
        - {name: moments, type: list<timestamptz>}
        - {name: ids, type: list<uuid>}
        - {name: flags, type: list<boolean>}
        - {name: changed_at, type: timestamptz, required: true}
      """);

  @Test
  void duckDbAppenderTakesEveryType() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      loadAndCheck(c, Examples.DUCKDB);
    }
  }

  @Test
  void postgresBatchesTakeEveryType() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(); Connection c = postgres.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET TIME ZONE 'UTC'");
      }
      loadAndCheck(c, Examples.POSTGRES);
    }
  }

  private static void loadAndCheck(Connection c, Dialect dialect) throws SQLException {
    List<Contract> contracts = List.of(ALL);
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withSeed(3).withDefaultRows(400));
    GeneratedFiles files = Examples.generate(contracts);
    SyntheticExamplesTest.load(c, files, dialect.name(), new RawLoader(c, dialect), catalog, data);
    ContractRules rules = new ContractRules(c, dialect, catalog);
    rules.check(ALL, SyntheticExamplesTest.NULL_RATE);
    String raw = rules.table(catalog.names(ALL).raw());
    assertThat(rules.count("SELECT count(*) FROM " + raw)).isEqualTo(data.batch(ALL, 1).size() + data.batch(ALL, 2).size());
    assertThat(rules.count("SELECT count(*) FROM " + raw + " WHERE array_length(\"amounts\", 1) > 0")).isPositive();
    assertThat(rules.count("SELECT count(*) FROM " + rules.table(catalog.names(ALL).mart().orElseThrow())
        + " WHERE \"is_deleted\"")).as("flag deletes of a snapshot").isPositive();
  }
}
