package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture batches from a repository folder, read by DuckDB's CSV, JSON and Parquet readers. */
class FixtureLoaderTest {
  static final Path RESOURCES = Path.of("src/test/resources/verify/fixtures");
  static final Instant CLOCK = Instant.parse("2025-02-01T06:30:00Z");

  private static List<Contract> contracts;
  private static GeneratedFiles files;
  private static PipelineCatalog catalog;
  private Connection connection;
  private ContractRules sql;

  @TempDir
  Path folder;

  @BeforeAll
  static void generate() {
    contracts = Examples.contracts();
    files = Examples.generate(contracts);
    catalog = new PipelineCatalog(contracts);
  }

  @BeforeEach
  void open() throws SQLException, IOException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    Examples.createRawTables(connection, files, "duckdb");
    sql = new ContractRules(connection, Examples.DUCKDB, catalog);
    copy(RESOURCES, folder);
    Path enrollments = Files.createDirectories(folder.resolve("benefits.enrollments/batch-3"));
    try (Statement s = connection.createStatement()) {
      s.execute("COPY (SELECT CAST(5001 AS BIGINT) AS employee_id, 'PLN-2025-0001' AS plan_id, DATE '2025-01-01'"
          + " AS coverage_start_date, CAST(NULL AS DATE) AS coverage_end_date, 'family' AS coverage_tier,"
          + " 'open_enrollment' AS election_reason, 2 AS dependents_covered, 123.45 AS employee_contribution_monthly,"
          + " TIMESTAMP '2024-11-20 10:00:00' AS elected_at, false AS withdrawn) TO '"
          + enrollments.resolve("elections.parquet") + "' (FORMAT parquet)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void batchesAreTheNumbersAnyContractHasInOrder() throws IOException {
    Files.createDirectories(folder.resolve("petcare.pets/batch-12"));
    Files.createDirectories(folder.resolve("petcare.pets/not-a-batch"));
    assertThat(FixtureLoader.batches(folder)).containsExactly(1, 2, 3, 12);
    assertThat(FixtureLoader.batches(folder.resolve("missing"))).isEmpty();
  }

  @Test
  void csvJsonAndParquetLandWithTheirAuditColumns() throws Exception {
    FixtureLoader loader = new FixtureLoader(connection, contracts);
    FixtureLoad first = loader.load(folder, 1, CLOCK);
    assertThat(first.errors()).isEmpty();
    assertThat(first.files()).extracting(FixtureLoad.Loaded::contractId, FixtureLoad.Loaded::rows)
        .containsExactly(tuple("benefits.companies", 3L), tuple("benefits.plans", 2L), tuple("petcare.pets", 3L));
    assertThat(rows("SELECT account_id, company_name, naics_code, _batch_id, _source_file, _source_row, _loaded_at"
        + " FROM raw_benefits.crm_accounts ORDER BY _source_row")).containsExactly(
        "1001|Acme Health Partners|621111|batch-1|accounts.csv|1|2025-02-01 06:30:00",
        "1002|Blue Harbor Logistics, Inc.|null|batch-1|accounts.csv|2|2025-02-01 06:30:00",
        "1003|Nordlicht GmbH|541511|batch-1|accounts.csv|3|2025-02-01 06:30:00");
    assertThat(rows("SELECT pet_id, vaccinations, weight_kg, primary_clinic_id, updated_at AT TIME ZONE 'UTC', _source_row"
        + " FROM raw_petcare.pets ORDER BY pet_id")).containsExactly(
        "1|[rabies, dhpp]|11.40|7|2025-01-10 08:00:00|1", "2|[]|null|null|2025-01-10 08:30:00|2",
        "3|null|0.05|null|2025-01-10 10:00:00|3");
    assertThat(rows("SELECT plan_id, premium_monthly FROM raw_benefits.plan_admin_plans ORDER BY 1"))
        .as("benefits.plans_v1 is the folder of major 1").containsExactly("PLN-2025-0001|612.50", "PLN-2025-0002|41.00");
    assertThat(loader.load(folder, 2, CLOCK.plusSeconds(86_400)).ok()).isTrue();
    FixtureLoad third = loader.load(folder, 3, CLOCK.plusSeconds(2 * 86_400));
    assertThat(third.rows()).isEqualTo(1);
    assertThat(rows("SELECT employee_id, employee_contribution_monthly, _source_file, _source_row FROM"
        + " raw_benefits.enrollment_elections")).containsExactly("5001|123.45|elections.parquet|1");
    new PipelineRunner(files, "duckdb").build(connection);
    assertThat(rows("SELECT company_id, naics_code FROM marts.dim_benefits__companies WHERE company_id > 0 ORDER BY 1"))
        .containsExactly("1001|621111", "1002|484121", "1003|541511", "1004|621210");
  }

  @Test
  void aCsvValueThatDoesNotCastNamesFileLineAndColumnAndLoadsNothing() throws Exception {
    Path bad = write("benefits.companies/batch-1/accounts.csv", """
        account_id,company_name,naics_code,region,country_code,headcount_band,is_active,contract_start_date,last_modified
        1001,Acme,621111,northeast,US,250-999,true,2019-04-01,2025-01-10 08:00:00
        10O2,Blue Harbor,,west,US,1000+,true,2021-01-01,2025-01-10 08:00:00
        """);
    FixtureLoad load = new FixtureLoader(connection, contracts).load(folder, 1, CLOCK);
    assertThat(load.ok()).isFalse();
    assertThat(load.errors()).singleElement().hasToString(bad + ":3: column 'account_id': could not convert string"
        + " \"10O2\" to 'BIGINT'");
    assertThat(sql.count("SELECT count(*) FROM raw_benefits.crm_accounts")).isZero();
    assertThat(sql.count("SELECT count(*) FROM raw_petcare.pets")).as("the whole batch is rolled back").isZero();
    assertThat(connection.getAutoCommit()).isTrue();
  }

  @Test
  void aCsvLineWithTooManyOrTooFewValuesIsNamed() throws Exception {
    Path bad = write("benefits.plans_v1/batch-1/plans.csv", """
        plan_id,plan_name,plan_type,carrier,premium_monthly,plan_year
        PLN-2025-0001,Gold PPO,medical,Northwind Health,612.50,2025
        PLN-2025-0002,Basic Dental,dental,Contoso Dental,41.00,2025,extra
        """);
    assertThat(new FixtureLoader(connection, contracts).load(folder, 1, CLOCK).errors()).singleElement()
        .hasToString(bad + ":3: 7 values, the header has 6");
  }

  @Test
  void unknownAndMissingColumnsAreNamed() throws Exception {
    Path csv = write("benefits.companies/batch-1/accounts.csv", "account_id,company_name,region,country,is_active,last_modified\n"
        + "1,A,west,US,true,2025-01-01 00:00:00\n");
    Path json = write("petcare.pets/batch-1/pets.jsonl", "{\"pet_id\": 1, \"household_id\": 2, \"name\": \"Rex\","
        + " \"species\": \"dog\", \"birth_date_estimated\": true, \"updated_at\": \"2025-01-01T00:00:00Z\", \"colour\": \"red\"}\n");
    List<String> errors = new FixtureLoader(connection, contracts).load(folder, 1, CLOCK).errors().stream()
        .map(FixtureError::toString).toList();
    assertThat(errors).contains(
        csv + ": column 'country': is no raw column of benefits.companies 1.2.0; its raw columns are account_id,"
            + " company_name, naics_code, region, country_code, headcount_band, is_active, contract_start_date, last_modified",
        csv + ": column 'country_code': is missing; field 'country_code' is required",
        json + ": column 'colour': is no raw column of petcare.pets 1.2.0; its raw columns are pet_id, household_id,"
            + " primary_clinic_id, name, species, breed, birth_date, birth_date_estimated, weight_kg, is_neutered,"
            + " vaccinations, microchip_id, updated_at").hasSize(3);
  }

  @Test
  void jsonAndParquetValuesThatDoNotCastNameTheirLineOrRow() throws Exception {
    Path json = write("petcare.pets/batch-1/pets.jsonl", "{\"pet_id\": 1, \"household_id\": 2, \"name\": \"Rex\","
        + " \"species\": \"dog\", \"birth_date_estimated\": true, \"updated_at\": \"2025-01-01T00:00:00Z\"}\n"
        + "{\"pet_id\": 2, \"household_id\": \"two\", \"name\": \"Tom\", \"species\": \"cat\", \"birth_date_estimated\": true,"
        + " \"updated_at\": \"2025-01-01T00:00:00Z\"}\n");
    FixtureLoad jsonLoad = new FixtureLoader(connection, contracts).load(folder, 1, CLOCK);
    assertThat(jsonLoad.errors()).singleElement().hasToString(json + ":2: column 'household_id': value 'two' does not cast to BIGINT");
    write("petcare.pets/batch-1/pets.jsonl", "{\"pet_id\": 1}\n{\"pet_id\": 2,\n");
    assertThat(new FixtureLoader(connection, contracts).load(folder, 1, CLOCK).errors()).extracting(FixtureError::line, FixtureError::message)
        .contains(tuple(3L, "unexpected end of data."));
    Path parquet = folder.resolve("benefits.enrollments/batch-3/elections.parquet");
    try (Statement s = connection.createStatement()) {
      s.execute("COPY (SELECT * FROM (VALUES (1, 'PLN-1', DATE '2025-01-01', 'family', 'new_hire', '12.50', TIMESTAMP '2025-01-01',"
          + " false), (2, 'PLN-1', DATE '2025-01-01', 'family', 'new_hire', 'n/a', TIMESTAMP '2025-01-01', false))"
          + " t(employee_id, plan_id, coverage_start_date, coverage_tier, election_reason, employee_contribution_monthly,"
          + " elected_at, withdrawn)) TO '" + parquet + "' (FORMAT parquet)");
    }
    FixtureLoad parquetLoad = new FixtureLoader(connection, contracts).load(folder, 3, CLOCK);
    assertThat(parquetLoad.errors()).singleElement().hasToString(parquet
        + ":2: column 'employee_contribution_monthly': value 'n/a' does not cast to DECIMAL(10,2)");
  }

  @Test
  void foldersAndFilesThatAreNoFixturesAreErrors() throws Exception {
    Files.createDirectories(folder.resolve("benefits.nothing/batch-1"));
    Path notes = write("petcare.pets/batch-1/notes.txt", "hello");
    List<String> errors = new FixtureLoader(connection, contracts).load(folder, 1, CLOCK).errors().stream()
        .map(FixtureError::toString).toList();
    assertThat(errors).containsExactlyInAnyOrder(folder.resolve("benefits.nothing") + ": is named after no contract;"
        + " expected a contract id, or <id>_v<major> for one of several majors", notes + ": is no .csv, .jsonl or .parquet file");
  }

  private Path write(String relative, String text) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private List<String> rows(String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(rs.getObject(i) instanceof java.sql.Array a ? List.of((Object[]) a.getArray()).toString() : rs.getString(i));
        }
        out.add(String.join("|", cells).replaceAll("(:\\d\\d)\\.0(\\||$)", "$1$2"));
      }
    }
    return out;
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
