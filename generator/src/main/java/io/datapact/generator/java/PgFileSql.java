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

  /**
   * JSON Lines: the table {@code COPY} reads the file into, one line a row as text, numbered from 1.
   * {@code COPY} reads it as CSV with a delimiter and a quote (control characters 1 and 2) that a
   * line of valid JSON cannot hold unescaped, so that backslashes stay as they are.
   */
  static final String JSON_LINES = "CREATE TEMPORARY TABLE dp_lines (line text, \"_line\" bigint GENERATED ALWAYS AS IDENTITY)";

  /** {@code COPY} of a JSON Lines file into {@link #JSON_LINES}: a blank line becomes NULL. */
  static final String JSON_COPY = "COPY pg_temp.dp_lines (line) FROM STDIN (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')";

  /** Whether a line of {@code dp_lines} is a JSON object (a {@code CASE}, so that only valid JSON is cast). */
  static final String JSON_OBJECT = "CASE WHEN pg_temp.dp_casts(line, 'jsonb') THEN jsonb_typeof(CAST(line AS jsonb)) = 'object'"
      + " ELSE false END";

  /** The raw column names a line's object may have, as a SQL list. */
  String jsonKeys() {
    return t.contract.fields().stream().map(f -> d.literal(f.rawName())).collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * Fills {@code dp_src} from the objects of {@code dp_obj (j jsonb, "_line")} without an unknown
   * key: each raw column as the text {@code COPY} of a CSV file would give it (a JSON value as its
   * text, a list as PostgreSQL's array text), so that the same casts and rules follow.
   */
  String jsonSource() {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      columns.add(d.quote(f.rawName()));
      String key = d.literal(f.rawName());
      Base base = f.logicalType().base();
      if (base == Base.JSON) {
        values.add("nullif(CAST(j -> " + key + " AS text), 'null')");
      } else if (base == Base.LIST) {
        values.add("CASE WHEN jsonb_typeof(j -> " + key + ") = 'array' THEN coalesce((SELECT CAST(array_agg(e ORDER BY n) AS text)"
            + " FROM jsonb_array_elements_text(j -> " + key + ") WITH ORDINALITY AS a(e, n)), '{}') ELSE j ->> " + key + " END");
      } else {
        values.add("j ->> " + key);
      }
    }
    return "INSERT INTO dp_src (" + String.join(", ", columns) + ", \"_line\") OVERRIDING SYSTEM VALUE SELECT "
        + String.join(", ", values) + ", \"_line\" FROM dp_obj WHERE NOT EXISTS (SELECT 1 FROM jsonb_object_keys(j) AS k"
        + " WHERE k NOT IN " + jsonKeys() + ") ORDER BY \"_line\"";
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
