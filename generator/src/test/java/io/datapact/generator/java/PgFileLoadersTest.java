package io.datapact.generator.java;

import static io.datapact.generator.java.FileLoadersTest.CLAIMS_HEADER;
import static io.datapact.generator.java.FileLoadersTest.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.generator.verify.SyntheticBatch;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLDataException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated CSV load of the PostgreSQL loaders on embedded PostgreSQL: every example's rows
 * written as CSV land exactly as the same rows through {@code COPY} of records; broken values are
 * rejected line by line as on DuckDB; lines {@code COPY} itself cannot read fail the whole load.
 */
class PgFileLoadersTest {
  @TempDir
  static Path dir;
  static Harness harness;
  static SyntheticData data;
  static EmbeddedPostgres postgres;
  static int databases;

  @BeforeAll
  static void compile() throws Exception {
    harness = new Harness(TestContracts.examples(), dir.resolve("java"));
    data = SyntheticData.generate(harness.contracts, SyntheticOptions.defaults().withSeed(3).withDefaultRows(150));
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    harness.close();
    postgres.close();
  }

  private static Connection pg() throws Exception {
    return harness.postgres(postgres, "files" + (++databases));
  }

  private static final String CLAIM_REJECTS = "SELECT line, field, rule, value, message FROM"
      + " raw_benefits.adjudicated_claims__rejects";

  @Test
  void everyExampleLoadsFromCsvAsFromRecords() throws Exception {
    try (Connection c = pg()) {
      for (Contract contract : data.contracts()) {
        SyntheticBatch batch = data.batch(contract, 1);
        Object loader = harness.loader(contract, "Postgres", c);
        String label = contract.id() + " " + contract.version();
        Harness.Counts all = new Harness.Counts(batch.size(), batch.size(), 0);
        assertThat(harness.load(loader, "records", harness.records(contract, batch))).as(label).isEqualTo(all);
        Path csv = dir.resolve(harness.names(contract).base() + ".csv");
        Files.writeString(csv, FileLoadersTest.csv(contract, batch, true));
        String raw = "\"" + harness.names(contract).raw().schema() + "\".\"" + harness.names(contract).raw().name() + "\"";
        Harness.Counts counts = harness.call(loader, "loadCsv", csv, "csv");
        assertThat(counts).as(label + " " + Harness.rows(c, "SELECT line, field, rule, value, message FROM "
            + raw.substring(0, raw.length() - 1) + "__rejects\" LIMIT 3")).isEqualTo(all);
        String columns = contract.fields().stream().map(f -> "\"" + f.rawName() + "\"").collect(Collectors.joining(", "))
            + ", \"_source_row\"";
        assertThat(Harness.rows(c, "SELECT " + columns + " FROM " + raw + " WHERE \"_batch_id\" = 'csv' EXCEPT ALL SELECT "
            + columns.replace("\"_source_row\"", "\"_source_row\" + 1") + " FROM " + raw + " WHERE \"_batch_id\" = 'records'"))
            .as(label + " rows not as the records'").isEmpty();
      }
    }
  }

  @Test
  void everyExampleLoadsFromJsonLinesAsFromRecords() throws Exception {
    try (Connection c = pg()) {
      for (Contract contract : data.contracts()) {
        SyntheticBatch batch = data.batch(contract, 1);
        Object loader = harness.loader(contract, "Postgres", c);
        String label = contract.id() + " " + contract.version();
        Harness.Counts all = new Harness.Counts(batch.size(), batch.size(), 0);
        assertThat(harness.load(loader, "records", harness.records(contract, batch))).as(label).isEqualTo(all);
        Path jsonl = dir.resolve(harness.names(contract).base() + ".jsonl");
        Files.writeString(jsonl, FileLoadersTest.jsonLines(contract, batch));
        String raw = "\"" + harness.names(contract).raw().schema() + "\".\"" + harness.names(contract).raw().name() + "\"";
        assertThat(harness.call(loader, "loadJsonLines", jsonl, "jsonl")).as(label + " " + Harness.rows(c, "SELECT line, field,"
            + " rule, value, message FROM " + raw.substring(0, raw.length() - 1) + "__rejects\" LIMIT 3")).isEqualTo(all);
        String columns = contract.fields().stream().map(f -> "\"" + f.rawName() + "\"").collect(Collectors.joining(", "))
            + ", \"_source_row\"";
        assertThat(Harness.rows(c, "SELECT " + columns + " FROM " + raw + " WHERE \"_batch_id\" = 'jsonl' EXCEPT ALL SELECT "
            + columns + " FROM " + raw + " WHERE \"_batch_id\" = 'records'")).as(label + " rows not as the records'").isEmpty();
      }
    }
  }

  @Test
  void brokenJsonLinesAreRejectedLineByLineAsOnDuckDb() throws Exception {
    String good = "{\"_id\": \"8a1f3c4e-9b2d-4c6a-8e1f-2b3c4d5e6f70\", \"session_id\": \"session-1\", \"event_name\": \"app_open\","
        + " \"platform\": \"ios\", \"occurred_at\": \"2025-01-01T10:00:00+02:00\", \"received_at\": \"2025-01-01 08:00:01\","
        + " \"client_ip\": \"10.0.0.1\", \"sequence_number\": 1, \"screen_time_ms\": 10, \"properties\": {\"screen\": \"home\"}}";
    String text = good + "\n"                                                                // 1 good
        + good.replace("\"session-1\"", "\"" + "s".repeat(65) + "\"") + "\n"                  // 2 too long
        + good.replace("\"ios\"", "\"blackberry\"") + "\n"                                    // 3 unknown enum value
        + good.replace("\"sequence_number\": 1", "\"sequence_number\": \"one\"") + "\n"       // 4 wrong type
        + good.replace("\"screen_time_ms\": 10", "\"screen_time_ms\": 99999999999") + "\n"    // 5 overflows integer
        + good.replace("\"_id\": \"8a1f", "\"id\": \"8a1f") + "\n"                            // 6 unknown key (and _id missing)
        + good.substring(0, 40) + "\n"                                                        // 7 broken JSON
        + "[1, 2]\n"                                                                           // 8 not an object
        + "\n"                                                                                 // 9 blank: skipped
        + good.replace("\"2025-01-01 08:00:01\"", "\"2025-13-01 08:00:01\"") + "\n"           // 10 bad timestamp
        + good.replace("\"screen\": \"home\"", "\"screen\": \"a \\\"quoted\\\" \\\\ name\"") + "\n" // 11 good, escapes
        + good.replace("\"session-1\"", "\"short\"") + "\n"                                   // 12 too short
        + good + "\n";                                                                        // 13 good
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, text);
    try (Connection c = pg()) {
      Object loader = harness.loader(harness.contract("petcare.activity_events"), "Postgres", c);
      assertThat(harness.call(loader, "loadJsonLines", file, "j")).isEqualTo(new Harness.Counts(12, 3, 9));
      assertThat(harness.call(loader, "loadJsonLines", file, "j")).as("loaded again").isEqualTo(new Harness.Counts(12, 3, 9));
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
          "12\tsession_id\tlength\tshort\tis shorter than 8 characters");
      assertThat(Harness.rows(c, "SELECT \"_source_row\", session_id, properties ->> 'screen', \"_source_file\""
          + " FROM raw_petcare.app_events ORDER BY 1")).containsExactly("1\tsession-1\thome\tevents.jsonl",
          "11\tsession-1\ta \"quoted\" \\ name\tevents.jsonl", "13\tsession-1\thome\tevents.jsonl");
      Path utf8 = dir.resolve("events-utf8.jsonl");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      bytes.writeBytes((good + "\n" + good.replace("10.0.0.1", "10.0.0.")).getBytes(StandardCharsets.UTF_8));
      bytes.write(0xFF);
      bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
      Files.write(utf8, bytes.toByteArray());
      assertThatThrownBy(() -> harness.call(loader, "loadJsonLines", utf8, "u")).isInstanceOf(SQLDataException.class)
          .hasMessageContaining("events-utf8.jsonl line").hasMessageContaining("invalid byte sequence for encoding \"UTF8\"")
          .hasMessageContaining("nothing of the file was loaded");
      assertThat(Harness.count(c, "SELECT count(*) FROM raw_petcare.app_events WHERE \"_batch_id\" = 'u'")).isZero();
    }
  }

  @Test
  void brokenCsvValuesAreRejectedLineByLineAsOnDuckDb() throws Exception {
    String text = CLAIMS_HEADER
        + claim("CLM-00000002", 13, "\"notes, \"\"quoted\"\"\"")  // 2 good
        + claim("CLM-00000003", 1, "abc")                        // 3 wrong type
        + claim("CLM-00000004", 9, "99999999999.99")             // 4 decimal overflows decimal(12,2)
        + claim("CLM-00000005", 7, "2024-02-30")                 // 5 no such date
        + claim("CLM-00000006", 4, "north")                      // 6 unknown enum value
        + claim("CLM-00000007", -1, null)                        // 7 good (a wrong column count fails COPY: below)
        + claim("CLM-00000008", 9, "1.005")                      // 8 more decimals than the scale
        + claim("CLM-00000009", 12, "4111-1111")                 // 9 pattern on personal data
        + claim("CLM-00000010", -1, null)                        // 10 good
        + claim("CLM-00000011", 8, "2024-05-02 25:00:00")        // 11 no such time
        + claim("CLM-00000012", 2, "")                          // 12 required value missing
        + claim("CLM-00000013", -1, null);                      // 13 good
    Path file = dir.resolve("claims-broken.csv");
    Files.writeString(file, text);
    try (Connection c = pg()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "Postgres", c);
      assertThat(harness.call(loader, "loadCsv", file, "broken")).as(Harness.rows(c, CLAIM_REJECTS).toString())
          .isEqualTo(new Harness.Counts(12, 4, 8));
      assertThat(harness.call(loader, "loadCsv", file, "broken")).as("loaded again").isEqualTo(new Harness.Counts(12, 4, 8));
      assertThat(Harness.rows(c, CLAIM_REJECTS + " WHERE batch_id = 'broken' AND source_file = 'claims-broken.csv'"
          + " ORDER BY line, field")).containsExactly(
          "3\temployee_id\ttype\tabc\tis not a long",
          "4\tamount\ttype\t99999999999.99\tis not a decimal(12,2)",
          "5\tservice_date\ttype\t2024-02-30\tis not a date",
          "6\tregion\tenum\tnorth\tis not one of northeast, southeast, midwest, southwest, west",
          "8\tamount\tscale\t1.00500000\thas more than 2 decimal places",
          "9\thsa_card_number\tpattern\t***\tdoes not match ^[0-9]{15,16}$",
          "11\treceived_at\ttype\t2024-05-02 25:00:00\tis not a timestamp",
          "12\tplan_id\trequired\tnull\tis required");
      assertThat(Harness.rows(c, "SELECT claim_number, claim_type, provider_notes, \"_source_row\", \"_source_file\" FROM"
          + " raw_benefits.adjudicated_claims ORDER BY \"_source_row\"")).containsExactly(
          "CLM-00000002\tMedical\tnotes, \"quoted\"\t2\tclaims-broken.csv", "CLM-00000007\tMedical\tnotes\t7\tclaims-broken.csv",
          "CLM-00000010\tMedical\tnotes\t10\tclaims-broken.csv", "CLM-00000013\tMedical\tnotes\t13\tclaims-broken.csv");
    }
  }

  @Test
  void aLineCopyCannotReadFailsTheLoadNamingTheLineAndLoadsNothing() throws Exception {
    ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
    invalidUtf8.writeBytes((CLAIMS_HEADER + claim("CLM-00000002", -1, null) + claim("CLM-00000003", 11, "pat@ex"))
        .getBytes(StandardCharsets.UTF_8));
    invalidUtf8.write(0xC3);
    invalidUtf8.write(0x28);
    invalidUtf8.writeBytes("mple.com\n".getBytes(StandardCharsets.UTF_8));
    byte[][] files = {
        // the quote opened on line 3 runs to the end of the file: PostgreSQL names line 5, where it ended
        (CLAIMS_HEADER + claim("CLM-00000002", -1, null) + claim("CLM-00000003", 13, "\"never closed")
            + claim("CLM-00000004", -1, null)).getBytes(StandardCharsets.UTF_8),
        (CLAIMS_HEADER + claim("CLM-00000002", -1, null) + claim("CLM-00000003", 14, "2024-05-03 00:00:00,extra"))
            .getBytes(StandardCharsets.UTF_8),
        invalidUtf8.toByteArray()};
    String[] messages = {"unquoted-1.csv line 5: unterminated CSV quoted field", "columns-2.csv line 3: extra data after last expected column",
        // PostgreSQL checks the encoding of the input ahead of splitting it into lines: it names line 4, not 3
        "utf8-3.csv line 4: invalid byte sequence for encoding \"UTF8\": 0xc3 0x28"};
    String[] names = {"unquoted-1.csv", "columns-2.csv", "utf8-3.csv"};
    try (Connection c = pg()) {
      Object loader = harness.loader(harness.contract("benefits.claims"), "Postgres", c);
      for (int i = 0; i < files.length; i++) {
        Path file = dir.resolve(names[i]);
        Files.write(file, files[i]);
        assertThatThrownBy(() -> harness.call(loader, "loadCsv", file, "b")).as(names[i])
            .isInstanceOf(SQLDataException.class).hasMessageContaining(messages[i])
            .hasMessageContaining("nothing of the file was loaded");
      }
      assertThat(Harness.count(c, "SELECT count(*) FROM raw_benefits.adjudicated_claims")).isZero();
      assertThat(Harness.count(c, "SELECT count(*) FROM pg_class WHERE relname = 'adjudicated_claims__rejects'"))
          .as("even the reject table the load created is rolled back").isZero();
    }
  }

  @Test
  void aCsvHeaderWithAnUnknownOrWithoutARequiredColumnLoadsNothing() throws Exception {
    try (Connection c = pg()) {
      FileLoadersTest.headerChecks(harness, dir, harness.loader(harness.contract("benefits.claims"), "Postgres", c), c);
    }
  }
}
