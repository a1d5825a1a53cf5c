package io.datapact.generator.checks;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a mutation of a check's object writes: the mart itself, or the raw table behind a source's
 * staging view, with the SQL that copies, updates or deletes rows there. Columns are named as the
 * published object names them (field names); for raw tables they are mapped to raw names.
 */
final class MutationTarget {
  /** The batch id of rows a mutation adds to a raw table. */
  static final String BATCH = "dp_mutant";

  final Dialect d;
  final PlannedCheck check;
  final Contract contract;
  final boolean staging;
  /** The table written, quoted: the mart or the raw table. */
  final String table;
  /** The published object read, quoted. */
  final String published;
  final List<String> filters;
  /** The key fields of a row (see {@link CheckContext#keys()}). */
  final List<String> keys;
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final String sk;
  private final List<String> order;

  MutationTarget(Connection connection, CheckSql sql, PipelineCatalog catalog, PlannedCheck check) throws SQLException {
    this.d = sql.dialect();
    this.check = check;
    this.contract = CheckPlanner.contractOf(catalog, check);
    ObjectNames names = catalog.names(contract);
    this.staging = names.mart().isEmpty();
    Relation written = staging ? names.raw() : names.published();
    this.table = d.qualified(written.schema(), written.name());
    this.published = d.qualified(check.target().schema(), check.target().name());
    this.filters = sql.models().filters(check);
    this.sk = check.param(PlannedCheck.UNKNOWN_MEMBER);
    this.keys = new CheckContext(contract, catalog).keys();
    this.order = keys.stream().map(k -> "t." + d.quote(k)).toList();
    if (staging) {
      contract.fields().forEach(f -> columns.put(f.name(), f.rawName()));
    } else {
      tableColumns(connection).forEach(c -> columns.put(c, c));
    }
  }

  /** The raw (or mart) column of a published column. */
  String column(String published) {
    return columns.getOrDefault(published, published);
  }

  /** The logical type of a field of the contract. */
  LogicalType type(String field) {
    return contract.field(field).map(Field::logicalType).orElseThrow();
  }

  /**
   * Copies one checked row meeting {@code condition} (over {@code t}), with some columns replaced by
   * expressions over {@code t}. A dimension's copy gets a new surrogate key. A copy into raw is the
   * newest load and gets a new business key (but for the fields in {@code kept}), so that the staging
   * view, which keeps one row per key, shows it; null when no new key can be made.
   */
  String copy(String condition, Map<String, String> replaced, List<String> kept) {
    Map<String, String> all = new LinkedHashMap<>(replaced);
    boolean renamed = !staging || keys.stream().anyMatch(replaced::containsKey);
    for (String key : staging ? keys : List.<String>of()) {
      if (!all.containsKey(key) && !kept.contains(key)) {
        Optional<String> fresh = Mutations.fresh(d, published, d.quote(key), type(key));
        fresh.ifPresent(v -> all.put(key, v));
        renamed |= fresh.isPresent();
      }
    }
    if (!renamed && !keys.isEmpty()) {
      return null;
    }
    List<String> targets = new ArrayList<>();
    List<String> values = new ArrayList<>();
    columns.forEach((column, written) -> {
      targets.add(d.quote(written));
      values.add(value(column, all, "t"));
    });
    if (staging) {
      targets.addAll(List.of(d.quote("_loaded_at"), d.quote("_batch_id"), d.quote("_source_file"), d.quote("_source_row")));
      values.addAll(List.of("(SELECT max(r." + d.quote("_loaded_at") + ") FROM " + table + " AS r) + "
          + d.interval(Duration.ofSeconds(1)), d.literal(BATCH), "NULL", "NULL"));
    }
    List<String> where = new ArrayList<>(filters);
    where.add(condition);
    return "INSERT INTO " + table + " (" + String.join(", ", targets) + ") SELECT " + String.join(", ", values)
        + " FROM " + published + " AS t WHERE " + String.join(" AND ", where)
        + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order)) + " LIMIT 1";
  }

  /** A copied column's value over {@code alias}: replaced, a new surrogate key, or as it was. */
  private String value(String column, Map<String, String> replaced, String alias) {
    String q = alias + "." + d.quote(column);
    return replaced.containsKey(column) ? replaced.get(column)
        : column.equals(sk) ? q + " || " + d.literal("~dp") : q;
  }

  /** Sets a column of every row of the written table. */
  String update(String column, String value) {
    return "UPDATE " + table + " SET " + d.quote(column(column)) + " = " + value;
  }

  /** Deletes every checked row (for a source: every raw row). */
  String deleteAll() {
    return staging || filters.isEmpty() ? "DELETE FROM " + table
        : "DELETE FROM " + table + " AS t WHERE " + String.join(" AND ", filters);
  }

  /** Adds {@code copies} copies of one checked row of a mart, some columns replaced by expressions over {@code c}. */
  String insertCopies(long copies, Map<String, String> replaced) {
    String list = columns.keySet().stream().map(c -> value(c, replaced, "c")).collect(Collectors.joining(", "));
    String inner = columns.keySet().stream().map(c -> "t." + d.quote(c)).collect(Collectors.joining(", "));
    return "INSERT INTO " + table + " (" + columns.keySet().stream().map(d::quote).collect(Collectors.joining(", "))
        + ") SELECT " + list + " FROM (SELECT " + inner + " FROM " + published + " AS t"
        + (filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters)) + " LIMIT 1) AS c CROSS JOIN generate_series(1, "
        + copies + ") AS g";
  }

  private List<String> tableColumns(Connection connection) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        out.add(meta.getColumnLabel(i));
      }
    }
    return out;
  }
}
