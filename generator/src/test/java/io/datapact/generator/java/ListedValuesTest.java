package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.model.Contract;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listed values of decimal, double, boolean, date, timestamp, zoned timestamp and uuid fields: the
 * record's {@code violations()} and the DuckDB file load both compare by value (a decimal
 * {@code 1.50} is the listed {@code 1.5}, a zoned timestamp by its instant).
 */
class ListedValuesTest {
  static final Contract LISTED = TestContracts.one("""
      apiVersion: datapact/v1
      id: lab.listed
      version: 1.0.0
      owner: {team: lab}
      kind: fact
      grain: [id]
      fields:
        - {name: id, type: long, required: true}
        - {name: price, type: "decimal(6,2)", enum: ['1.5', '2']}
        - {name: score, type: double, enum: ['0.5', '1']}
        - {name: flag, type: boolean, enum: ['true']}
        - {name: day, type: date, enum: ['2024-01-01', '2024-02-01']}
        - {name: at, type: timestamp, enum: ['2024-01-01 10:00:00']}
        - {name: atz, type: timestamptz, enum: ['2024-01-01 10:00:00+02:00']}
        - {name: ref, type: uuid, enum: ['8a1f3c4e-9b2d-4c6a-8e1f-2b3c4d5e6f70']}
      """);

  @TempDir
  static Path dir;
  static Harness harness;

  @BeforeAll
  static void compile() throws Exception {
    harness = new Harness(List.of(LISTED), dir.resolve("java"));
  }

  @AfterAll
  static void close() throws Exception {
    harness.close();
  }

  private static List<String> violations(Object... values) throws Exception {
    Object record = harness.record(LISTED, values);
    List<String> out = new ArrayList<>();
    for (Object v : (List<?>) record.getClass().getMethod("violations").invoke(record)) {
      out.add(v.getClass().getMethod("field").invoke(v) + " " + v.getClass().getMethod("rule").invoke(v) + " "
          + v.getClass().getMethod("value").invoke(v));
    }
    return out;
  }

  @Test
  void recordsCompareListedValuesByValue() throws Exception {
    assertThat(violations(1L, new BigDecimal("1.50"), 1.0, true, LocalDate.parse("2024-02-01"),
        LocalDateTime.parse("2024-01-01T10:00:00"), OffsetDateTime.parse("2024-01-01T08:00:00Z"),
        UUID.fromString("8A1F3C4E-9B2D-4C6A-8E1F-2B3C4D5E6F70"))).isEmpty();
    assertThat(violations(2L, new BigDecimal("1.25"), 0.25, false, LocalDate.parse("2024-03-01"),
        LocalDateTime.parse("2024-01-01T10:00:01"), OffsetDateTime.parse("2024-01-01T10:00:00Z"),
        UUID.fromString("00000000-0000-0000-0000-000000000000"))).containsExactly("price enum 1.25", "score enum 0.25",
        "flag enum false", "day enum 2024-03-01", "at enum 2024-01-01T10:00:01", "atz enum 2024-01-01T10:00Z",
        "ref enum 00000000-0000-0000-0000-000000000000");
    assertThat(violations(3L, null, null, null, null, null, null, null)).as("no value is no listed value to break").isEmpty();
  }

  @Test
  void csvFilesCompareListedValuesByValueToo() throws Exception {
    Path file = dir.resolve("listed.csv");
    Files.writeString(file, "id,price,score,flag,day,at,atz,ref\n"
        + "1,1.50,1,true,2024-02-01,2024-01-01 10:00:00,2024-01-01 08:00:00+00,8a1f3c4e-9b2d-4c6a-8e1f-2b3c4d5e6f70\n"
        + "2,1.25,0.25,false,2024-03-01,2024-01-01 10:00:01,2024-01-01 10:00:00+00,00000000-0000-0000-0000-000000000000\n"
        + "3,,,,,,,\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      harness.createRawTables(c, "duckdb");
      Object loader = harness.loader(LISTED, "DuckDb", c);
      assertThat(harness.call(loader, "loadCsv", file, "b")).isEqualTo(new Harness.Counts(3, 2, 1));
      String raw = "\"" + harness.names(LISTED).raw().schema() + "\".\"" + harness.names(LISTED).raw().name();
      assertThat(Harness.rows(c, "SELECT line, field, rule FROM " + raw + "__rejects\" ORDER BY line, field")).containsExactly(
          "3\tat\tenum", "3\tatz\tenum", "3\tday\tenum", "3\tflag\tenum", "3\tprice\tenum", "3\tref\tenum", "3\tscore\tenum");
      assertThat(Harness.rows(c, "SELECT id, \"_source_row\" FROM " + raw + "\" ORDER BY id")).containsExactly("1\t2", "3\t4");
    }
  }
}
