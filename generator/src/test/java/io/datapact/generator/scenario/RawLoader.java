package io.datapact.generator.scenario;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads a scenario CSV into a contract's raw table, as a loader would: one batch per file.
 *
 * <p>The header names raw columns ({@code sourceName} where given) and {@code _loaded_at}; the
 * loader adds {@code _batch_id} (the file name without {@code .csv}), {@code _source_file} and
 * {@code _source_row} (the line the record starts on). Every value is bound as text and cast to
 * the raw column's type, so the engines parse the same text. Lists are written {@code [a, b]}.
 */
final class RawLoader {
  private RawLoader() {}

  /** Loads {@code csv} into {@code raw}; returns the number of rows. */
  static int load(Connection connection, Engine engine, Contract contract, Relation raw, Path csv)
      throws IOException, SQLException {
    Dialect d = engine.dialect();
    List<Csv.Record> records = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = records.get(0).cells();
    List<String> columns = new ArrayList<>(header);
    columns.addAll(List.of("_batch_id", "_source_file", "_source_row"));
    List<String> types = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (String column : header) {
      Field field = contract.fields().stream().filter(f -> f.rawName().equals(column)).findFirst().orElse(null);
      if (field == null && !column.equals("_loaded_at")) {
        throw new IllegalArgumentException(csv + ": column '" + column + "' is no raw column of " + contract.id());
      }
      fields.add(field);
      types.add(field == null ? d.loadTimeType() : d.type(field.logicalType()));
    }
    types.addAll(List.of(d.stringType(), d.stringType(), "BIGINT"));
    String sql = "INSERT INTO " + d.qualified(raw.schema(), raw.name()) + " ("
        + columns.stream().map(d::quote).collect(Collectors.joining(", ")) + ") VALUES ("
        + types.stream().map(t -> "CAST(? AS " + t + ")").collect(Collectors.joining(", ")) + ")";
    String file = csv.getFileName().toString();
    String batch = file.substring(0, file.length() - ".csv".length());
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Csv.Record record : records.subList(1, records.size())) {
        if (record.cells().size() != header.size()) {
          throw new IllegalArgumentException(csv + ":" + record.line() + ": " + record.cells().size()
              + " cells, header has " + header.size());
        }
        for (int i = 0; i < header.size(); i++) {
          insert.setString(i + 1, text(engine, fields.get(i), record.cells().get(i)));
        }
        insert.setString(header.size() + 1, batch);
        insert.setString(header.size() + 2, file);
        insert.setString(header.size() + 3, String.valueOf(record.line()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return records.size() - 1;
  }

  private static String text(Engine engine, Field field, String value) {
    if (value == null || field == null || field.logicalType().base() != LogicalType.Base.LIST) {
      return value;
    }
    String inner = value.strip();
    if (!inner.startsWith("[") || !inner.endsWith("]")) {
      throw new IllegalArgumentException("list value '" + value + "' of " + field.name() + " is not [a, b]");
    }
    inner = inner.substring(1, inner.length() - 1).strip();
    List<String> elements = inner.isEmpty() ? List.of()
        : Arrays.stream(inner.split(",")).map(String::strip).toList();
    return engine.listLiteral(elements);
  }
}
