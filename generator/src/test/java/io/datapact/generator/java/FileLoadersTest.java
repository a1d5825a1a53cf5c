package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.generator.verify.SyntheticBatch;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLDataException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated file loaders on DuckDB: every example's synthetic rows written as CSV and as JSON
 * Lines land exactly as the same rows through the appender, and a corpus of broken lines is
 * rejected line by line with the field, the rule and the value (masked for personal data).
 */
class FileLoadersTest {
  @TempDir
  static Path dir;
  static Harness harness;
  static SyntheticData data;

  @BeforeAll
  static void compile() throws Exception {
    harness = new Harness(TestContracts.examples(), dir.resolve("java"));
    data = SyntheticData.generate(harness.contracts, SyntheticOptions.defaults().withSeed(3).withDefaultRows(150));
  }

  @AfterAll
  static void close() throws Exception {
    harness.close();
  }

  private static Connection duckDb() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    harness.createRawTables(c, "duckdb");
    return c;
  }

  @Test
  void everyExampleLoadsFromCsvAndJsonLinesAsFromRecords() throws Exception {
    try (Connection c = duckDb()) {
      for (Contract contract : data.contracts()) {
        SyntheticBatch batch = data.batch(contract, 1);
        Object loader = harness.loader(contract, "DuckDb", c);
        String label = contract.id() + " " + contract.version();
        Harness.Counts all = new Harness.Counts(batch.size(), batch.size(), 0);
        assertThat(harness.load(loader, "records", harness.records(contract, batch))).as(label).isEqualTo(all);
        Path csv = dir.resolve(harness.names(contract).base() + ".csv");
        Files.writeString(csv, csv(contract, batch));
        String rejects = "SELECT line, field, rule, value, message FROM \"" + harness.names(contract).raw().schema() + "\".\""
            + harness.names(contract).raw().name() + "__rejects\" WHERE batch_id = ";
        Harness.Counts csvCounts = harness.call(loader, "loadCsv", csv, "csv");
        assertThat(csvCounts).as(label + " csv " + Harness.rows(c, rejects + "'csv' LIMIT 3")).isEqualTo(all);
        Path jsonl = dir.resolve(harness.names(contract).base() + ".jsonl");
        Files.writeString(jsonl, jsonLines(contract, batch));
        Harness.Counts jsonCounts = harness.call(loader, "loadJsonLines", jsonl, "jsonl");
        assertThat(jsonCounts).as(label + " jsonl " + Harness.rows(c, rejects + "'jsonl' LIMIT 3")).isEqualTo(all);
        String raw = "\"" + harness.names(contract).raw().schema() + "\".\"" + harness.names(contract).raw().name() + "\"";
        String columns = contract.fields().stream().map(f -> "\"" + f.rawName() + "\"").collect(Collectors.joining(", "))
            + ", \"_source_row\"";
        Path parquet = dir.resolve(harness.names(contract).base() + ".parquet");
        try (java.sql.Statement s = c.createStatement()) {
          s.execute("COPY (SELECT " + contract.fields().stream().map(f -> "\"" + f.rawName() + "\"").collect(Collectors.joining(", "))
              + " FROM \"" + harness.names(contract).raw().schema() + "\".\"" + harness.names(contract).raw().name()
              + "\" WHERE \"_batch_id\" = 'records' ORDER BY \"_source_row\") TO '" + parquet + "' (FORMAT parquet)");
        }
        Harness.Counts parquetCounts = harness.call(loader, "loadParquet", parquet, "parquet");
        assertThat(parquetCounts).as(label + " parquet " + Harness.rows(c, rejects + "'parquet' LIMIT 3")).isEqualTo(all);
        for (String fileBatch : List.of("csv", "jsonl", "parquet")) {
          assertThat(Harness.rows(c, "SELECT " + columns + " FROM " + raw + " WHERE \"_batch_id\" = '" + fileBatch + "' EXCEPT ALL"
              + " SELECT " + columns.replace("\"_source_row\"", "\"_source_row\" + " + (fileBatch.equals("csv") ? 1 : 0))
              + " FROM " + raw + " WHERE \"_batch_id\" = 'records'")).as(label + " " + fileBatch + " rows not as the records'")
              .isEmpty();
        }
      }
    }
  }

  /** The rows as CSV with a header of raw names; text quoted, nulls empty. */
  static String csv(Contract contract, Iterable<Object[]> rows) {
    return csv(contract, rows, false);
  }

  /** The rows as CSV; lists as DuckDB writes them, or with {@code pgArrays} as PostgreSQL's array text. */
  static String csv(Contract contract, Iterable<Object[]> rows, boolean pgArrays) {
    StringBuilder b = new StringBuilder(contract.fields().stream().map(Field::rawName).collect(Collectors.joining(","))).append('\n');
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        b.append(i > 0 ? "," : "").append(row[i] == null ? "" : "\"" + (pgArrays && row[i] instanceof Collection<?> list ? pgArray(list)
            : text(contract.fields().get(i), row[i])).replace("\"", "\"\"") + "\"");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The rows as JSON Lines keyed by raw names; JSON fields as documents, lists as arrays. */
  static String jsonLines(Contract contract, Iterable<Object[]> rows) {
    StringBuilder b = new StringBuilder();
    for (Object[] row : rows) {
      b.append('{');
      for (int i = 0; i < row.length; i++) {
        Field f = contract.fields().get(i);
        b.append(i > 0 ? ", " : "").append(json(f.rawName())).append(": ");
        LogicalType.Base base = f.logicalType().base();
        if (row[i] == null) {
          b.append("null");
        } else if (base == LogicalType.Base.JSON) {
          b.append(row[i]);
        } else if (row[i] instanceof Collection<?> list) {
          b.append(list.stream().map(e -> e instanceof Number || e instanceof Boolean ? e.toString() : json(e.toString()))
              .collect(Collectors.joining(", ", "[", "]")));
        } else if (row[i] instanceof Number || row[i] instanceof Boolean) {
          b.append(row[i]);
        } else {
          b.append(json(text(f, row[i])));
        }
      }
      b.append("}\n");
    }
    return b.toString();
  }

  private static String pgArray(Collection<?> list) {
    return list.stream().map(e -> "\"" + e.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String text(Field f, Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(e -> e instanceof String s ? "'" + s.replace("'", "''") + "'" : e.toString())
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
      }
    }
    return b.append('"').toString();
  }

  static final String CLAIMS_HEADER = "claim_number,member_id,plan_id,primary_dx,region,claim_type,claim_status,"
      + "service_date,received_at,billed_amount,paid_amount,patient_email,hsa_card_number,provider_notes,updated_at\n";

  /** A claim line with one column (by index) replaced by raw text. */
  static String claim(String id, int column, String text) {
    String[] v = {id, "42", "PLN-1", "", "west", "Medical", "paid", "2024-05-01", "2024-05-02 10:00:00", "120.50", "100",
        "pat@example.com", "1234567890123456", "notes", "2024-05-03 00:00:00"};
    if (column >= 0) {
      v[column] = text;
    }
    return String.join(",", v) + "\n";
  }

  @Test
  void brokenCsvLinesAreRejectedLineByLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((CLAIMS_HEADER
        + claim("CLM-00000002", 13, "\"notes, \"\"quoted\"\"\"")  // 2 good
        + claim("CLM-00000003", 1, "abc")                        // 3 wrong type
        + claim("CLM-00000004", 9, "99999999999.99")             // 4 decimal overflows decimal(12,2)
        + claim("CLM-00000005", 7, "2024-02-30")                 // 5 no such date
        + claim("CLM-00000006", 4, "north")                      // 6 unknown enum value
        + claim("CLM-00000007", 14, "2024-05-03 00:00:00,extra")  // 7 one column too many
        + claim("CLM-00000008", 9, "1.005")                      // 8 more decimals than the scale
        + claim("CLM-00000009", 12, "4111-1111")                 // 9 pattern on personal data
        + claim("CLM-00000010", -1, null)                        // 10 good
        ).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("CLM-00000011,42,PLN-1,,west,medical,paid,2024-05-01,2024-05-02 10:00:00,1,,pat@ex".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // 11: invalid UTF-8 (a lead byte without its continuation)
    bytes.write(0x28);
    bytes.writeBytes(("mple.com,,,2024-05-03 00:00:00\n"
        + claim("CLM-00000012", 2, "")                          // 12 required value missing
        + claim("CLM-00000013", -1, null)                       // 13 good
        + claim("CLM-00000014", 13, "\"never closed")           // 14 broken quoting
        ).getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("claims-broken.csv");
    Files.write(file, bytes.toByteArray());
    try (Connection c = duckDb()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "DuckDb", c);
      Harness.Counts counts = harness.call(loader, "loadCsv", file, "broken");
      assertThat(counts).as(Harness.rows(c, "SELECT line, field, rule, value, message FROM"
          + " raw_benefits.adjudicated_claims__rejects").toString()).isEqualTo(new Harness.Counts(13, 3, 10));
      assertThat(harness.call(loader, "loadCsv", file, "broken")).as("loaded again").isEqualTo(new Harness.Counts(13, 3, 10));
      assertThat(Harness.rows(c, "SELECT line, field, rule, value, message FROM raw_benefits.adjudicated_claims__rejects"
          + " WHERE batch_id = 'broken' AND source_file = 'claims-broken.csv' ORDER BY line, field")).containsExactly(
          "3\temployee_id\ttype\tabc\tis not a long",
          "4\tamount\ttype\t99999999999.99\tis not a decimal(12,2)",
          "5\tservice_date\ttype\t2024-02-30\tis not a date",
          "6\tregion\tenum\tnorth\tis not one of northeast, southeast, midwest, southwest, west",
          "7\tnull\ttoo many columns\tnull\tExpected Number of Columns: 15 Found: 16",
          "8\tamount\tscale\t1.00500000\thas more than 2 decimal places",
          "9\thsa_card_number\tpattern\t***\tdoes not match ^[0-9]{15,16}$",
          "11\tpatient_email\tinvalid encoding\tnull\tInvalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.",
          "12\tplan_id\trequired\tnull\tis required",
          "14\tprovider_notes\tunquoted value\tnull\tValue with unterminated quote found.");
      assertThat(Harness.rows(c, "SELECT claim_number, claim_type, provider_notes, \"_source_row\", \"_source_file\" FROM"
          + " raw_benefits.adjudicated_claims ORDER BY \"_source_row\"")).containsExactly(
          "CLM-00000002\tMedical\tnotes, \"quoted\"\t2\tclaims-broken.csv", "CLM-00000010\tMedical\tnotes\t10\tclaims-broken.csv",
          "CLM-00000013\tMedical\tnotes\t13\tclaims-broken.csv");
    }
  }

  @Test
  void aCleanCsvFileLoadsInOnePassAndInACallersTransactionTheCarefulWay() throws Exception {
    Path file = dir.resolve("claims-clean.csv");
    Files.writeString(file, CLAIMS_HEADER + claim("CLM-00000002", 13, "\"two\nlines\"") + claim("CLM-00000003", 9, "7.5")
        + claim("CLM-00000004", -1, null));
    String rows = "SELECT claim_number, billed_amount, \"_source_row\" FROM raw_benefits.adjudicated_claims WHERE \"_batch_id\" = ";
    try (Connection c = duckDb()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "DuckDb", c);
      assertThat(harness.call(loader, "loadCsv", file, "fast")).isEqualTo(new Harness.Counts(3, 3, 0));
      // the careful load stores the reader's errors in temporary tables; the one-pass load reads without them
      assertThat(Harness.count(c, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dp_read_errors'")).isZero();
      assertThat(Harness.rows(c, rows + "'fast' ORDER BY 3")).containsExactly("CLM-00000002\t120.50\t2", "CLM-00000003\t7.50\t3",
          "CLM-00000004\t120.50\t4");
      assertThat(harness.call(loader, "loadCsv", file, "fast")).as("loaded again").isEqualTo(new Harness.Counts(3, 3, 0));
      assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims")).isEqualTo(3);
      c.setAutoCommit(false);
      assertThat(harness.call(loader, "loadCsv", file, "joined")).isEqualTo(new Harness.Counts(3, 3, 0));
      assertThat(Harness.rows(c, rows + "'joined' ORDER BY 3")).containsExactly("CLM-00000002\t120.50\t2",
          "CLM-00000003\t7.50\t3", "CLM-00000004\t120.50\t4");
      // a failing statement would abort the caller's transaction, so a joined load goes the careful way at once
      assertThat(Harness.count(c, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dp_read_errors'")).isOne();
      c.rollback();
      assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims WHERE \"_batch_id\" = 'joined'")).isZero();
      c.setAutoCommit(true);
    }
  }

  @Test
  void aRowBreakingOnlyARuleSendsTheFileToTheCarefulLoad() throws Exception {
    Path file = dir.resolve("claims-rule.csv");
    Files.writeString(file, CLAIMS_HEADER + claim("CLM-00000002", -1, null) + claim("CLM-00000003", 9, "1.001")
        + claim("CLM-00000004", 7, "2014-12-31") + claim("CLM-00000005", -1, null));
    try (Connection c = duckDb()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "DuckDb", c);
      assertThat(harness.call(loader, "loadCsv", file, "r")).isEqualTo(new Harness.Counts(4, 2, 2));
      assertThat(Harness.rows(c, "SELECT line, field, rule, value FROM raw_benefits.adjudicated_claims__rejects ORDER BY line"))
          .containsExactly("3\tamount\tscale\t1.00100000", "4\tservice_date\trange\t2014-12-31");
      assertThat(Harness.rows(c, "SELECT claim_number, \"_source_row\" FROM raw_benefits.adjudicated_claims ORDER BY 2"))
          .containsExactly("CLM-00000002\t2", "CLM-00000005\t5");
    }
  }

  /** A Parquet file of claims written by DuckDB: every column text but the amount, rows by column index replaced. */
  private static Path claimsParquet(Connection c, String name, String select, String[]... rows) throws Exception {
    String[] columns = CLAIMS_HEADER.trim().split(",");
    List<String> values = new java.util.ArrayList<>();
    for (String[] row : rows) {
      String[] v = claim(row[0], -1, null).trim().split(",", -1);
      for (int i = 1; i + 1 < row.length; i += 2) {
        v[Integer.parseInt(row[i])] = row[i + 1];
      }
      values.add(java.util.Arrays.stream(v).map(x -> x == null ? "NULL" : "'" + x.replace("'", "''") + "'")
          .collect(Collectors.joining(", ", "(", ")")));
    }
    Path file = dir.resolve(name);
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("COPY (SELECT " + select + " FROM (VALUES " + String.join(", ", values) + ") AS v(" + String.join(", ", columns)
          + ")) TO '" + file + "' (FORMAT parquet)");
    }
    return file;
  }

  @Test
  void badParquetRowsAreRejectedRowByRow() throws Exception {
    try (Connection c = duckDb()) {
      // columns in another order, the optional primary_dx missing, the amount a decimal with 4 places
      Path file = claimsParquet(c, "claims-bad.parquet", "CAST(billed_amount AS DECIMAL(18,4)) AS billed_amount,"
          + " * EXCLUDE (billed_amount, primary_dx)",
          new String[] {"CLM-00000001"},                          // 1 good
          new String[] {"CLM-00000002", "1", "abc"},              // 2 wrong type
          new String[] {"CLM-00000003", "4", "north"},            // 3 unknown enum value
          new String[] {"CLM-00000004", "9", "1.005"},            // 4 more decimals than the scale
          new String[] {"CLM-00000005", "12", "4111"},            // 5 pattern on personal data
          new String[] {"CLM-00000006", "2", null},               // 6 required value missing
          new String[] {"CLM-00000007", "7", "2024-02-30"},       // 7 no such date
          new String[] {"CLM-00000008"});                         // 8 good
      Object loader = harness.loader(harness.contract("benefits.claims"), "DuckDb", c);
      assertThat(harness.call(loader, "loadParquet", file, "p")).isEqualTo(new Harness.Counts(8, 2, 6));
      assertThat(harness.call(loader, "loadParquet", file, "p")).as("loaded again").isEqualTo(new Harness.Counts(8, 2, 6));
      assertThat(Harness.rows(c, "SELECT line, field, rule, value, message, source_file FROM raw_benefits.adjudicated_claims__rejects"
          + " WHERE batch_id = 'p' ORDER BY line, field")).containsExactly(
          "2\temployee_id\ttype\tabc\tis not a long\tclaims-bad.parquet",
          "3\tregion\tenum\tnorth\tis not one of northeast, southeast, midwest, southwest, west\tclaims-bad.parquet",
          "4\tamount\tscale\t1.00500000\thas more than 2 decimal places\tclaims-bad.parquet",
          "5\thsa_card_number\tpattern\t***\tdoes not match ^[0-9]{15,16}$\tclaims-bad.parquet",
          "6\tplan_id\trequired\tnull\tis required\tclaims-bad.parquet",
          "7\tservice_date\ttype\t2024-02-30\tis not a date\tclaims-bad.parquet");
      assertThat(Harness.rows(c, "SELECT claim_number, billed_amount, primary_dx, \"_source_row\", \"_source_file\""
          + " FROM raw_benefits.adjudicated_claims ORDER BY \"_source_row\"")).containsExactly(
          "CLM-00000001\t120.50\tnull\t1\tclaims-bad.parquet", "CLM-00000008\t120.50\tnull\t8\tclaims-bad.parquet");
    }
  }

  @Test
  void aParquetFileWithAnUnknownOrWithoutARequiredColumnLoadsNothingAndAValueOfAnotherTypeIsTried() throws Exception {
    try (Connection c = duckDb()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "DuckDb", c);
      Path unknown = claimsParquet(c, "unknown.parquet", "* RENAME (region AS territory)", new String[] {"CLM-00000001"});
      assertThatThrownBy(() -> harness.call(loader, "loadParquet", unknown, "u")).isInstanceOf(SQLDataException.class)
          .hasMessageContaining("unknown.parquet: column 'territory' is no raw column of benefits.claims 2.1.0");
      Path missing = claimsParquet(c, "missing.parquet", "* EXCLUDE (member_id)", new String[] {"CLM-00000001"});
      assertThatThrownBy(() -> harness.call(loader, "loadParquet", missing, "u")).isInstanceOf(SQLDataException.class)
          .hasMessageContaining("missing.parquet: required column 'member_id' is missing");
      assertThatThrownBy(() -> harness.call(loader, "loadParquet", dir.resolve("absent.parquet"), "u"))
          .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("absent.parquet");
      Path integers = claimsParquet(c, "integers.parquet", "* REPLACE (CAST(member_id AS INTEGER) AS service_date)",
          new String[] {"CLM-00000001"});
      assertThat(harness.call(loader, "loadParquet", integers, "i")).isEqualTo(new Harness.Counts(1, 0, 1));
      assertThat(Harness.rows(c, "SELECT line, field, rule, value, message FROM raw_benefits.adjudicated_claims__rejects"
          + " WHERE batch_id = 'i'")).containsExactly("1\tservice_date\ttype\t42\tis not a date");
      assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims")).isZero();
    }
  }

  @Test
  void aCsvHeaderWithAnUnknownOrWithoutARequiredColumnLoadsNothing() throws Exception {
    try (Connection c = duckDb()) {
      headerChecks(harness, dir, harness.loader(harness.contract("benefits.claims"), "DuckDb", c), c);
    }
  }

  /** A header with an unknown column or without a required one loads nothing; one without an optional column loads. */
  static void headerChecks(Harness harness, Path dir, Object loader, Connection c) throws Exception {
    Path unknown = dir.resolve("unknown.csv");
    Files.writeString(unknown, CLAIMS_HEADER.replace("region", "territory") + claim("CLM-00000002", -1, null));
    assertThatThrownBy(() -> harness.call(loader, "loadCsv", unknown, "h")).isInstanceOf(SQLDataException.class)
        .hasMessageContaining("unknown.csv line 1: column 'territory' is no raw column of benefits.claims 2.1.0");
    Path missing = dir.resolve("missing.csv");
    Files.writeString(missing, CLAIMS_HEADER.replace("member_id,", "") + claim("CLM-00000002", -1, null).replace(",42,", ","));
    assertThatThrownBy(() -> harness.call(loader, "loadCsv", missing, "h")).isInstanceOf(SQLDataException.class)
        .hasMessageContaining("missing.csv line 1: required column 'member_id' is missing");
    assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims")).isZero();
    Path optional = dir.resolve("optional.csv");
    Files.writeString(optional, CLAIMS_HEADER.replace("primary_dx,", "") + claim("CLM-00000002", -1, null).replace("PLN-1,,", "PLN-1,"));
    assertThat(harness.call(loader, "loadCsv", optional, "o")).isEqualTo(new Harness.Counts(1, 1, 0));
    assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims WHERE primary_dx IS NULL")).isOne();
  }

  @Test
  void brokenJsonLinesAreRejectedLineByLine() throws Exception {
    String good = "{\"_id\": \"8a1f3c4e-9b2d-4c6a-8e1f-2b3c4d5e6f70\", \"session_id\": \"session-1\", \"event_name\": \"app_open\","
        + " \"platform\": \"ios\", \"occurred_at\": \"2025-01-01T10:00:00+02:00\", \"received_at\": \"2025-01-01 08:00:01\","
        + " \"client_ip\": \"10.0.0.1\", \"sequence_number\": 1, \"screen_time_ms\": 10, \"properties\": {\"screen\": \"home\"}}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((good + "\n"                                                                   // 1 good
        + good.replace("\"session-1\"", "\"" + "s".repeat(65) + "\"") + "\n"                     // 2 too long
        + good.replace("\"ios\"", "\"blackberry\"") + "\n"                                       // 3 unknown enum value
        + good.replace("\"sequence_number\": 1", "\"sequence_number\": \"one\"") + "\n"          // 4 wrong type
        + good.replace("\"screen_time_ms\": 10", "\"screen_time_ms\": 99999999999") + "\n"       // 5 overflows integer
        + good.replace("\"_id\": \"8a1f", "\"id\": \"8a1f") + "\n"                               // 6 unknown key (and _id missing)
        + good.substring(0, 40) + "\n"                                                           // 7 broken JSON
        + "[1, 2]\n"                                                                              // 8 not an object
        + "\n"                                                                                    // 9 blank: skipped
        + good.replace("\"2025-01-01 08:00:01\"", "\"2025-13-01 08:00:01\"") + "\n"              // 10 bad timestamp
        + good.replace("10.0.0.1", "10.0.0.") ).getBytes(StandardCharsets.UTF_8));               // 11 good, personal data
    bytes.write(0xFF);                                                                            //    ... invalid UTF-8
    bytes.writeBytes(("\"}\n" + good.replace("\"session-1\"", "\"short\"") + "\n"                // 12 too short
        + good + "\n").getBytes(StandardCharsets.UTF_8));                                         // 13 good
    Path file = dir.resolve("events.jsonl");
    Files.write(file, bytes.toByteArray());
    try (Connection c = duckDb()) {
      Object loader = harness.loader(harness.contract("petcare.activity_events"), "DuckDb", c);
      assertThat(harness.call(loader, "loadJsonLines", file, "j")).isEqualTo(new Harness.Counts(12, 2, 10));
      assertThat(Harness.rows(c, "SELECT line, field, rule, value, message FROM raw_petcare.app_events__rejects"
          + " ORDER BY line, field")).containsExactly(
          "2\tsession_id\tlength\t" + "s".repeat(65) + "\tis longer than 64 characters",
          "3\tplatform\tenum\tblackberry\tis not one of ios, android, web",
          "4\tsequence_number\ttype\tone\tis not a long",
          "5\tscreen_time_ms\ttype\t99999999999\tis not a integer",
          "6\tid\tunknown column\tnull\tis no raw column of petcare.activity_events 1.0.0",
          "7\tnull\tjson\tnull\tis not a JSON object",
          "8\tnull\tjson\tnull\tis not a JSON object",
          "10\treceived_at\ttype\t2025-13-01 08:00:01\tis not a timestamp",
          "11\tnull\tinvalid encoding\tnull\tInvalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.",
          "12\tsession_id\tlength\tshort\tis shorter than 8 characters");
      assertThat(Harness.rows(c, "SELECT \"_source_row\", session_id, CAST(properties AS VARCHAR) FROM raw_petcare.app_events"
          + " ORDER BY 1")).containsExactly("1\tsession-1\t{\"screen\":\"home\"}", "13\tsession-1\t{\"screen\":\"home\"}");
    }
  }
}
