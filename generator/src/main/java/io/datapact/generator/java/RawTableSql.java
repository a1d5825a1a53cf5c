package io.datapact.generator.java;

import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL every loader of a contract shares, quoted by the dialect: the raw and reject tables, the
 * reject table's DDL, deleting a batch, inserting a reject row.
 *
 * <p>The reject table {@code <raw>__rejects} sits next to the raw table, one row per broken rule:
 * {@code batch_id, source_file, line, field, rule, value, message, loaded_at}.
 */
final class RawTableSql {
  static final List<String> REJECT_COLUMNS =
      List.of("batch_id", "source_file", "line", "field", "rule", "value", "message", "loaded_at");

  final Dialect d;
  final Contract contract;
  final Relation raw;
  final Relation rejects;

  RawTableSql(Dialect d, Contract contract, Relation raw) {
    this.d = d;
    this.contract = contract;
    this.raw = raw;
    this.rejects = new Relation(raw.schema(), raw.name() + "__rejects");
  }

  String rawTable() {
    return d.qualified(raw.schema(), raw.name());
  }

  String rejectTable() {
    return d.qualified(rejects.schema(), rejects.name());
  }

  String createRejects() {
    String text = d.stringType();
    return "CREATE TABLE IF NOT EXISTS " + rejectTable() + " (" + d.quote("batch_id") + " " + text + " NOT NULL, "
        + d.quote("source_file") + " " + text + ", " + d.quote("line") + " BIGINT, " + d.quote("field") + " " + text
        + ", " + d.quote("rule") + " " + text + " NOT NULL, " + d.quote("value") + " " + text + ", "
        + d.quote("message") + " " + text + ", " + d.quote("loaded_at") + " " + d.loadTimeType() + " NOT NULL)";
  }

  String deleteRaw() {
    return "DELETE FROM " + rawTable() + " WHERE " + d.quote("_batch_id") + " = ?";
  }

  String deleteRejects() {
    return "DELETE FROM " + rejectTable() + " WHERE " + d.quote("batch_id") + " = ?";
  }

  String insertReject() {
    return "INSERT INTO " + rejectTable() + " (" + rejectColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  }

  String rejectColumns() {
    return String.join(", ", REJECT_COLUMNS.stream().map(d::quote).toList());
  }

  /** The raw table's columns in table order: the fields' raw names, then the audit columns. */
  List<String> rawColumns() {
    List<String> out = new ArrayList<>();
    for (Field f : contract.fields()) {
      out.add(f.rawName());
    }
    out.addAll(ContractSql.AUDIT);
    return out;
  }

  String label() {
    return contract.id() + " " + contract.version();
  }
}
