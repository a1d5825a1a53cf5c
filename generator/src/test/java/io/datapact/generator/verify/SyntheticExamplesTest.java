package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.LogicalType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Synthetic data for every example contract on DuckDB: both batches land in the raw tables
 * through the appender, the generated pipeline builds after each, and every value read back
 * satisfies its contract.
 */
class SyntheticExamplesTest {
  static final Instant FIRST = Instant.parse("2025-03-01T02:00:00Z");
  static final Instant SECOND = Instant.parse("2025-03-02T02:00:00Z");
  static final double NULL_RATE = 0.05;

  private static PipelineCatalog catalog;
  private static SyntheticData data;
  private static Connection connection;
  private static ContractRules rules;

  @BeforeAll
  static void loadAndBuild() throws SQLException {
    List<Contract> contracts = Examples.contracts();
    catalog = new PipelineCatalog(contracts);
    data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withSeed(2025));
    GeneratedFiles files = Examples.generate(contracts);
    connection = DriverManager.getConnection("jdbc:duckdb:");
    rules = new ContractRules(connection, Examples.DUCKDB, catalog);
    load(connection, files, "duckdb", new RawLoader(connection, Examples.DUCKDB), catalog, data);
  }

  /** Loads batch 1 of every contract, builds, loads batch 2, builds. */
  static void load(Connection c, GeneratedFiles files, String dialect, RawLoader loader, PipelineCatalog catalog,
      SyntheticData data) throws SQLException {
    Examples.createRawTables(c, files, dialect);
    for (int batch = 1; batch <= 2; batch++) {
      for (Contract contract : data.contracts()) {
        SyntheticBatch rows = data.batch(contract, batch);
        assertThat(loader.load(rows, catalog.names(contract).raw(), batch == 1 ? FIRST : SECOND)).isEqualTo(rows.size());
      }
      new PipelineRunner(files, dialect).build(c);
    }
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> everyValueSatisfiesItsContract() {
    return data.contracts().stream().map(c -> dynamicTest(c.id() + " " + c.version(), () -> rules.check(c, NULL_RATE)));
  }

  @Test
  void everyRowLandedWithItsAuditColumns() throws SQLException {
    for (Contract c : data.contracts()) {
      String raw = rules.table(catalog.names(c).raw());
      for (int batch = 1; batch <= 2; batch++) {
        String where = " WHERE \"_batch_id\" = 'batch-" + batch + "'";
        long n = data.batch(c, batch).size();
        assertThat(rules.count("SELECT count(*) FROM " + raw + where)).as(c.id()).isEqualTo(n);
        assertThat(rules.count("SELECT count(DISTINCT \"_source_row\") FROM " + raw + where
            + " AND \"_source_row\" BETWEEN 1 AND " + n + " AND \"_source_file\" = 'synthetic' AND \"_loaded_at\" = TIMESTAMP '"
            + LocalDateTime.ofInstant(batch == 1 ? FIRST : SECOND, ZoneOffset.UTC).toString().replace('T', ' ') + "'"))
            .as(c.id() + " audit columns").isEqualTo(n);
      }
    }
  }

  @Test
  void theMartsHoldTheRowsWithHistoryAndDeletions() throws SQLException {
    for (Contract c : data.contracts()) {
      catalog.names(c).mart().ifPresent(m -> assertThat(count("SELECT count(*) FROM " + rules.table(m))).as(m.toString()).isPositive());
    }
    Relation employees = mart("benefits.employees");
    assertThat(count("SELECT count(*) FROM " + rules.table(employees) + " WHERE \"valid_to\" IS NOT NULL")).as("closed versions").isPositive();
    assertThat(count("SELECT count(*) FROM (SELECT \"employee_id\" FROM " + rules.table(employees)
        + " WHERE \"employee_id\" IS NOT NULL GROUP BY \"employee_id\" HAVING NOT bool_or(\"is_current\")) x")).as("closed keys").isPositive();
    Relation households = mart("petcare.households");
    assertThat(count("SELECT count(*) FROM " + rules.table(households) + " WHERE \"is_deleted\"")).as("flagged deletions").isPositive();
    Relation claims = mart("benefits.claims");
    assertThat(count("SELECT count(*) FROM " + rules.table(claims))).isEqualTo(count("SELECT count(DISTINCT \"claim_number\") FROM "
        + rules.table(catalog.names(catalog.latest("benefits.claims").orElseThrow()).raw())));
  }

  @Test
  void valuesHaveTheirFieldsJavaTypeAndDecimalsTheirScale() {
    Map<LogicalType.Base, Class<?>> types = Map.ofEntries(Map.entry(LogicalType.Base.STRING, String.class),
        Map.entry(LogicalType.Base.INTEGER, Integer.class), Map.entry(LogicalType.Base.LONG, Long.class),
        Map.entry(LogicalType.Base.DECIMAL, BigDecimal.class), Map.entry(LogicalType.Base.DOUBLE, Double.class),
        Map.entry(LogicalType.Base.BOOLEAN, Boolean.class), Map.entry(LogicalType.Base.DATE, LocalDate.class),
        Map.entry(LogicalType.Base.TIMESTAMP, LocalDateTime.class), Map.entry(LogicalType.Base.TIMESTAMPTZ, OffsetDateTime.class),
        Map.entry(LogicalType.Base.UUID, UUID.class), Map.entry(LogicalType.Base.JSON, String.class),
        Map.entry(LogicalType.Base.LIST, List.class));
    for (Contract c : data.contracts()) {
      for (int batch = 1; batch <= 2; batch++) {
        for (Object[] row : data.batch(c, batch)) {
          for (int i = 0; i < row.length; i++) {
            Field f = c.fields().get(i);
            LogicalType t = f.logicalType();
            if (row[i] != null) {
              assertThat(row[i]).as(c.id() + "." + f.name()).isInstanceOf(types.get(t.base()));
            }
            if (row[i] instanceof BigDecimal v) {
              assertThat(v.scale()).as(f.name() + " scale").isEqualTo(t.scale());
              assertThat(v.precision() - v.scale()).as(f.name() + " integer digits").isLessThanOrEqualTo(t.precision() - t.scale());
            }
          }
        }
      }
    }
  }

  @Test
  void everyKindOfContractIsCovered() {
    assertThat(data.contracts()).extracting(Contract::kind).contains(Kind.SOURCE, Kind.DIMENSION, Kind.FACT);
    assertThat(data.contracts()).hasSize(13);
  }

  private static Relation mart(String id) {
    return catalog.names(catalog.latest(id).orElseThrow()).mart().orElseThrow();
  }

  private static long count(String sql) {
    try {
      return rules.count(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
