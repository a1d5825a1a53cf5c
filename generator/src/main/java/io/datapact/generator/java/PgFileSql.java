package io.datapact.generator.java;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.Field;
import io.datapact.model.LogicalType.Base;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a contract's CSV loads on PostgreSQL, computed at generation time. {@code COPY} reads
 * the file into the temporary all-text table {@code dp_src} (one column per raw column, then the
 * line {@code "_line"}); a text value is tried against the exact read type by
 * {@code pg_temp.dp_casts}, a temporary PL/pgSQL function that reports whether the cast succeeds;
 * rows whose values all cast become {@code dp_stage}, over which the field rules of
 * {@link DuckDbFileSql} run unchanged (they are written through the dialect).
 */
final class PgFileSql {
  /** The temporary function telling whether text casts to a type; rolled back with the load. */
  static final String CASTS_FUNCTION = "CREATE OR REPLACE FUNCTION pg_temp.dp_casts(v text, t text) RETURNS boolean"
      + " LANGUAGE plpgsql AS $dp$ BEGIN EXECUTE format('SELECT CAST(%L AS %s)', v, t); RETURN true;"
      + " EXCEPTION WHEN others THEN RETURN false; END $dp$";

  private final RawTableSql t;
  private final Dialect d;
  private final DuckDbFileSql rules;

  PgFileSql(RawTableSql table) {
    this.t = table;
    this.d = table.d;
    this.rules = new DuckDbFileSql(table);
  }

  /** Creates {@code dp_src}: every raw column as text, then the line, numbered from 2 (line 1 is the header). */
  String createSource() {
    List<String> columns = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      columns.add(d.quote(f.rawName()) + " text");
    }
    columns.add("\"_line\" bigint GENERATED ALWAYS AS IDENTITY (START WITH 2)");
    return "CREATE TEMPORARY TABLE dp_src (" + String.join(", ", columns) + ")";
  }

  /** The fields whose text is checked against a type; strings take any text. */
  private List<Field> typed() {
    return t.contract.fields().stream().filter(f -> f.logicalType().base() != Base.STRING).toList();
  }

  private String broken(Field f) {
    String c = d.quote(f.rawName());
    return c + " IS NOT NULL AND NOT pg_temp.dp_casts(" + c + ", " + d.literal(rules.readType(f)) + ")";
  }

  /** Rejects of values that do not cast, over {@code dp_src}: line, field, rule, value, message; empty when none. */
  String typeRejects() {
    return typed().stream().map(f -> "SELECT \"_line\" AS line, " + d.literal(f.name()) + " AS field, 'type' AS rule, "
        + (f.pii() != null ? "'***'" : d.quote(f.rawName())) + " AS value, " + d.literal("is not a " + f.logicalType())
        + " AS message FROM dp_src WHERE " + broken(f)).collect(Collectors.joining(" UNION ALL "));
  }

  /** Creates {@code dp_stage}: the rows of {@code dp_src} whose values all cast, cast to the read types. */
  String createStage() {
    List<String> select = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      String c = d.quote(f.rawName());
      select.add(f.logicalType().base() == Base.STRING ? c : "CAST(" + c + " AS " + rules.readType(f) + ") AS " + c);
    }
    select.add("\"_line\"");
    String ok = typed().stream().map(f -> "NOT (" + broken(f) + ")").collect(Collectors.joining(" AND "));
    return "CREATE TEMPORARY TABLE dp_stage AS SELECT " + String.join(", ", select) + " FROM dp_src"
        + (ok.isEmpty() ? "" : " WHERE " + ok) + " ORDER BY \"_line\"";
  }

  /** Rejects of the field rules over {@code dp_stage}; empty when the contract has none. */
  String ruleRejects() {
    return rules.ruleRejects().replace(DuckDbFileSql.LINE, "\"_line\"");
  }

  /** The insert of the valid rows, up to the audit values added at run time. */
  String insertHead() {
    return rules.insertHead();
  }

  String ok() {
    return rules.ok();
  }

  List<String> required() {
    return rules.required();
  }

  List<String> columns() {
    return t.contract.fields().stream().map(Field::rawName).toList();
  }

  List<String> quoted() {
    return t.contract.fields().stream().map(f -> d.quote(f.rawName())).toList();
  }
}
