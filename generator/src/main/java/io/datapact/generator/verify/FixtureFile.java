package io.datapact.generator.verify;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fixture file read by DuckDB's own reader into a temporary table (which keeps the file's row
 * order in its {@code rowid}), then inserted into the raw table with the audit columns. Values are
 * read as the contract's raw types: CSV and JSON Lines by the reader, so that DuckDB names the line
 * of a value that does not cast; Parquet by casts over the file's own types.
 */
final class FixtureFile {
  static final String TEMP = "dp_fixture";
  private static final DateTimeFormatter LOAD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  private final Connection connection;
  private final Dialect d;
  private final Contract contract;
  private final Path file;
  private final Format format;

  /** The readers by file extension. */
  enum Format {
    CSV, JSONL, PARQUET;

    static Optional<Format> of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".csv") ? Optional.of(CSV) : name.endsWith(".jsonl") ? Optional.of(JSONL)
          : name.endsWith(".parquet") ? Optional.of(PARQUET) : Optional.empty();
    }
  }

  FixtureFile(Connection connection, Dialect duckdb, Contract contract, Path file, Format format) {
    this.connection = connection;
    this.d = duckdb;
    this.contract = contract;
    this.file = file;
    this.format = format;
  }

  /** The file's problems with the contract's columns: unknown columns, missing required ones. */
  List<FixtureError> checkColumns() throws SQLException {
    List<String> present = columns();
    List<String> known = contract.fields().stream().map(Field::rawName).toList();
    List<FixtureError> errors = new ArrayList<>();
    for (String column : present) {
      if (!known.contains(column)) {
        errors.add(new FixtureError(file, null, column, "is no raw column of " + contract.id() + " " + contract.version()
            + "; its raw columns are " + String.join(", ", known)));
      }
    }
    for (Field f : contract.fields()) {
      if (f.notNull() && !present.contains(f.rawName())) {
        errors.add(new FixtureError(file, null, f.rawName(), "is missing; field '" + f.name() + "' is required"));
      }
    }
    return errors;
  }

  /**
   * The columns the file has: the CSV header (its first line, read here so that no sniffing can
   * take a data line for it), every key of any JSON object, the Parquet schema.
   */
  List<String> columns() throws SQLException {
    if (format == Format.CSV) {
      return CsvHeader.read(file);
    }
    String path = d.literal(file.toAbsolutePath().toString());
    String sql = format == Format.JSONL
        ? "SELECT DISTINCT unnest(json_keys(json)) AS k FROM read_json_objects(" + path + ", format = 'newline_delimited') ORDER BY k"
        : "SELECT * FROM read_parquet(" + path + ") LIMIT 0";
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (format == Format.JSONL) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      } else {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          names.add(rs.getMetaData().getColumnName(i));
        }
      }
    }
    return names;
  }

  /**
   * Reads the file into its own temporary table {@code dp_fixture_<n>}; run outside a transaction,
   * so that the table's {@code rowid}s count the file's rows from 0.
   */
  void read(int n) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMPORARY TABLE " + temp(n) + " AS SELECT * FROM " + reader(columns()));
    }
  }

  /** Appends what {@link #read} read to {@code raw}, with the audit columns; returns the rows. */
  long insert(int n, Relation raw, RawAudit audit) throws SQLException {
    List<String> present = columns();
    List<Field> fields = contract.fields().stream().filter(f -> present.contains(f.rawName())).toList();
    StringBuilder columns = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (Field f : fields) {
      columns.append(d.quote(f.rawName())).append(", ");
      values.append("CAST(").append(d.quote(f.rawName())).append(" AS ").append(d.type(f.logicalType())).append("), ");
    }
    String sql = "INSERT INTO " + d.qualified(raw.schema(), raw.name()) + " (" + columns
        + "\"_loaded_at\", \"_batch_id\", \"_source_file\", \"_source_row\") SELECT " + values
        + "CAST(" + d.literal(LOAD_TIME.format(audit.loadedAtUtc())) + " AS TIMESTAMP), " + d.literal(audit.batchId())
        + ", " + d.literal(file.getFileName().toString()) + ", rowid - (SELECT min(rowid) FROM " + temp(n) + ") + 1 FROM "
        + temp(n) + " ORDER BY rowid";
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  /** Drops the temporary table of {@link #read}, if there is one. */
  void drop(int n) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + temp(n));
    }
  }

  private String temp(int n) {
    return d.quote(TEMP + "_" + n);
  }

  /** The table function that reads the file, typed by the contract where the format allows. */
  private String reader(List<String> present) {
    String path = d.literal(file.toAbsolutePath().toString());
    return switch (format) {
      case CSV -> "read_csv(" + path + ", header = true, auto_detect = false, allow_quoted_nulls = false,"
          + " delim = ',', quote = '\"', escape = '\"', columns = " + struct(present) + ")";
      case JSONL -> "read_json(" + path + ", format = 'newline_delimited', columns = "
          + struct(contract.fields().stream().map(Field::rawName).filter(present::contains).toList()) + ")";
      case PARQUET -> "(SELECT " + present.stream().map(c -> "CAST(" + d.quote(c) + " AS " + type(c) + ") AS " + d.quote(c))
          .collect(Collectors.joining(", ")) + " FROM read_parquet(" + path + "))";
    };
  }

  /** {@code {'column': 'TYPE', ...}} in the order given, with the contract's raw types. */
  private String struct(List<String> columns) {
    return columns.stream().map(c -> d.literal(c) + ": " + d.literal(type(c))).collect(Collectors.joining(", ", "{", "}"));
  }

  String type(String rawName) {
    return contract.fields().stream().filter(f -> f.rawName().equals(rawName)).findFirst()
        .map(f -> d.type(f.logicalType())).orElse(d.stringType());
  }

  Path file() {
    return file;
  }

  Format format() {
    return format;
  }

  Contract contract() {
    return contract;
  }
}
