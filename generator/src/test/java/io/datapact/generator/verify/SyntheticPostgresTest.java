package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDBC batch path of {@link RawLoader}: every example contract on PostgreSQL, built and checked. */
class SyntheticPostgresTest {
  @Test
  void everyExampleLoadsBuildsAndSatisfiesItsContractOnPostgres() throws Exception {
    List<Contract> contracts = Examples.contracts();
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withSeed(5).withDefaultRows(300));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(); Connection c = postgres.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET TIME ZONE 'UTC'");
      }
      SyntheticExamplesTest.load(c, Examples.generate(contracts), "postgres", new RawLoader(c, Examples.POSTGRES), catalog, data);
      assertThat(c.getAutoCommit()).as("the loader restores auto-commit").isTrue();
      ContractRules rules = new ContractRules(c, Examples.POSTGRES, catalog);
      for (Contract contract : data.contracts()) {
        rules.check(contract, SyntheticExamplesTest.NULL_RATE);
      }
    }
  }
}
