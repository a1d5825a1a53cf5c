package io.datapact.generator.java;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import io.datapact.model.Transform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The SQL fragments of a contract's file loads on DuckDB, computed at generation time. Files are
 * read by DuckDB's own readers into a temporary table {@code dp_stage} typed by the contract (a
 * decimal is read with more decimal places, so that its scale can be checked); the contract's field
 * rules then run over that table, and the rows that break none are cast to the exact raw types.
 * {@code {line}} stands for the expression of a row's line in the file, known only at run time.
 */
final class DuckDbFileSql {
  static final String LINE = "{line}";

  private final RawTableSql t;
  private final Dialect d;

  DuckDbFileSql(RawTableSql table) {
    this.t = table;
    this.d = table.d;
  }

  /**
   * The type a file column is read as: the raw type, but a decimal with the same whole part and more
   * decimal places, so that the scale rule sees them: 18 digits when the whole part fits (DuckDB
   * reads those as 64-bit integers, ten times faster than 38 digits), else 38.
   */
  String readType(Field f) {
    LogicalType type = f.logicalType();
    if (type.base() == Base.DECIMAL) {
      int whole = type.precision() - type.scale();
      int digits = Math.max(type.precision(), whole < FAST_DIGITS ? FAST_DIGITS : LogicalType.MAX_PRECISION);
      return "DECIMAL(" + digits + "," + (digits - whole) + ")";
    }
    return d.type(type);
  }

  /** The most digits of a decimal DuckDB keeps in a 64-bit integer. */
  private static final int FAST_DIGITS = 18;

  List<String> readTypes() {
    return t.contract.fields().stream().map(this::readType).toList();
  }

  List<String> required() {
    return t.contract.fields().stream().filter(Field::notNull).map(Field::rawName).toList();
  }

  /** The field named by a reader error's {@code column_name}. */
  String castField() {
    return caseOfColumn(Field::name, "column_name");
  }

  /** The value of a reader's cast error, masked for personal data. */
  String castValue() {
    String pii = t.contract.fields().stream().filter(f -> f.pii() != null).map(f -> d.literal(f.rawName()))
        .collect(Collectors.joining(", "));
    String value = "regexp_extract(error_message, 'Could not convert string \"(.*)\" to', 1)";
    return "CASE WHEN error_type <> 'CAST' THEN NULL"
        + (pii.isEmpty() ? "" : " WHEN column_name IN (" + pii + ") THEN '***'") + " ELSE " + value + " END";
  }

  /** The message of a reader error: {@code is not a decimal(12,2)} for a cast, DuckDB's text otherwise. */
  String castMessage() {
    return "CASE WHEN error_type = 'CAST' THEN 'is not a ' || " + caseOfColumn(f -> f.logicalType().toString(), "column_name")
        + " ELSE error_message END";
  }

  private String caseOfColumn(java.util.function.Function<Field, String> value, String column) {
    StringBuilder b = new StringBuilder("CASE ").append(column);
    for (Field f : t.contract.fields()) {
      b.append(" WHEN ").append(d.literal(f.rawName())).append(" THEN ").append(d.literal(value.apply(f)));
    }
    return b.append(" ELSE ").append(column).append(" END").toString();
  }

  /** JSON Lines: each raw column as text taken from the line's object ({@code line}). */
  String jsonText() {
    List<String> out = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      String path = d.literal("$." + d.quote(f.rawName()));
      Base base = f.logicalType().base();
      String expr = base == Base.JSON || base == Base.LIST
          ? "CASE WHEN json_type(line, " + path + ") IN ('NULL') THEN NULL ELSE CAST(json_extract(line, " + path
              + ") AS VARCHAR) END"
          : "json_extract_string(line, " + path + ")";
      out.add(expr + " AS " + d.quote(f.rawName()));
    }
    return String.join(", ", out);
  }

  /** The raw column names JSON objects may have, as a DuckDB list. */
  String jsonKeys() {
    return t.contract.fields().stream().map(f -> d.literal(f.rawName())).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Whether a CSV column is read as text and cast afterwards: DuckDB's CSV reader turns a zoned
   * timestamp it cannot parse into NULL without an error, so those are cast by {@code TRY_CAST}.
   */
  static boolean csvAsText(Field f) {
    return f.logicalType().base() == Base.TIMESTAMPTZ;
  }

  /** JSON Lines: every value but strings is text to cast. */
  static boolean jsonAsText(Field f) {
    return f.logicalType().base() != Base.STRING;
  }

  /** The types CSV columns are read as. */
  List<String> csvReadTypes() {
    return t.contract.fields().stream().map(f -> csvAsText(f) ? d.stringType() : readType(f)).toList();
  }

  /**
   * Rejects of text values that do not cast, over {@code dp_src}; columns line, field, rule, value,
   * message; empty when no field is read as text.
   */
  String typeRejects(Predicate<Field> asText, String line) {
    List<String> selects = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      if (!asText.test(f)) {
        continue;
      }
      String c = d.quote(f.rawName());
      selects.add("SELECT " + line + " AS line, " + d.literal(f.name()) + " AS field, 'type' AS rule, "
          + (f.pii() != null ? "'***'" : "CAST(" + c + " AS " + d.stringType() + ")") + " AS value, " + d.literal("is not a " + f.logicalType())
          + " AS message FROM dp_src WHERE " + typeBroken(f));
    }
    return String.join(" UNION ALL ", selects);
  }

  private String typeBroken(Field f) {
    String c = d.quote(f.rawName());
    return c + " IS NOT NULL AND TRY_CAST(" + c + " AS " + readType(f) + ") IS NULL";
  }

  /** Whether every text value of a {@code dp_src} row casts. */
  String typesOk(Predicate<Field> asText) {
    List<String> ok = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      if (asText.test(f)) {
        ok.add("NOT (" + typeBroken(f) + ")");
      }
    }
    return ok.isEmpty() ? "true" : String.join(" AND ", ok);
  }

  /** {@code dp_src} columns with the text ones cast to their read types, then the line. */
  String typedSelect(Predicate<Field> asText, String line) {
    List<String> out = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      String c = d.quote(f.rawName());
      out.add(asText.test(f) ? "TRY_CAST(" + c + " AS " + readType(f) + ") AS " + c : c);
    }
    out.add(line + " AS \"_line\"");
    return String.join(", ", out);
  }

  /** One condition per field rule over {@code dp_stage}. */
  private List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      String c = d.quote(f.rawName());
      LogicalType type = f.logicalType();
      String checked = c;
      if (type.base() == Base.STRING) {
        for (Transform tr : f.transform()) {
          checked = switch (tr) {
            case TRIM -> "trim(" + checked + ")";
            case LOWER -> "lower(" + checked + ")";
            case UPPER -> "upper(" + checked + ")";
            case NULL_IF_EMPTY -> "nullif(" + checked + ", '')";
          };
        }
      }
      if (f.notNull()) {
        rules.add(new Rule(f, "required", checked + " IS NULL", "is required"));
      }
      if (type.base() == Base.DECIMAL) {
        // the remainder by one unit of the last allowed place: exact decimal arithmetic, and cheaper than round()
        String unit = BigDecimal.ONE.movePointLeft(type.scale()).toPlainString();
        rules.add(new Rule(f, "scale", c + " % " + unit + " <> 0",
            "has more than " + type.scale() + " decimal place" + (type.scale() == 1 ? "" : "s")));
      }
      if (!f.values().isEmpty() && type.base() != Base.JSON && type.base() != Base.LIST) {
        String list = f.values().stream().map(v -> type.base() == Base.STRING ? d.literal(v) : d.typedLiteral(v.trim(), type))
            .collect(Collectors.joining(", "));
        rules.add(new Rule(f, "enum", checked + " NOT IN (" + list + ")", "is not one of " + String.join(", ", f.values())));
      }
      if (f.length() != null && type.base() == Base.STRING) {
        if (f.length().min() != null) {
          rules.add(new Rule(f, "length", "length(" + checked + ") < " + f.length().min(),
              "is shorter than " + f.length().min() + " characters"));
        }
        if (f.length().max() != null) {
          rules.add(new Rule(f, "length", "length(" + checked + ") > " + f.length().max(),
              "is longer than " + f.length().max() + " characters"));
        }
      }
      if (f.pattern() != null && type.base() == Base.STRING) {
        rules.add(new Rule(f, "pattern", "NOT " + d.regexMatch(checked, d.literal(f.pattern())),
            "does not match " + f.pattern()));
      }
      if (f.range() != null && (type.base().numeric() || type.base().temporal())) {
        if (f.range().min() != null) {
          rules.add(new Rule(f, "range", c + " < " + d.typedLiteral(f.range().min(), type),
              "is below the minimum " + f.range().min()));
        }
        if (f.range().max() != null) {
          rules.add(new Rule(f, "range", c + " > " + d.typedLiteral(f.range().max(), type),
              "is above the maximum " + f.range().max()));
        }
      }
    }
    return rules;
  }

  private record Rule(Field field, String rule, String broken, String message) {}

  /** Rejects of the field rules over {@code dp_stage}: columns line, field, rule, value, message; empty when none. */
  String ruleRejects() {
    return rules().stream().map(r -> "SELECT " + LINE + " AS line, " + d.literal(r.field().name()) + " AS field, "
        + d.literal(r.rule()) + " AS rule, " + value(r.field()) + " AS value, " + d.literal(r.message())
        + " AS message FROM dp_stage WHERE " + r.broken()).collect(Collectors.joining(" UNION ALL "));
  }

  private String value(Field f) {
    return f.pii() != null ? "'***'" : "CAST(" + d.quote(f.rawName()) + " AS " + d.stringType() + ")";
  }

  /**
   * Whether a {@code dp_stage} row breaks a rule, as one condition ({@code false} when the contract
   * has none): a rule whose condition is NULL is not broken, as in {@link #ok()}.
   */
  String broken() {
    List<Rule> rules = rules();
    return rules.isEmpty() ? "false" : rules.stream().map(r -> "(" + r.broken() + ")").collect(Collectors.joining(" OR "));
  }

  /**
   * {@code dp_src} columns with the text ones cast to their read types by {@code CAST}, which fails
   * the statement on a value that does not cast (the fast path of a file load, where any failure
   * sends the file to the careful path).
   */
  String strictSelect(Predicate<Field> asText) {
    List<String> out = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      String c = d.quote(f.rawName());
      out.add(asText.test(f) ? "CAST(" + c + " AS " + readType(f) + ") AS " + c : c);
    }
    return String.join(", ", out);
  }

  /**
   * Numbers the rows of a batch by their place in the raw table ({@code rowid}), from {@code first};
   * parameters: the batch id twice. The rows of one {@code INSERT ... SELECT} from a file are
   * appended in the file's order (DuckDB's {@code preserve_insertion_order}, on by default).
   */
  String numberRows(int first) {
    String batch = d.quote("_batch_id");
    return "UPDATE " + t.rawTable() + " SET " + d.quote("_source_row") + " = rowid - (SELECT min(rowid) FROM " + t.rawTable()
        + " WHERE " + batch + " = ?) + " + first + " WHERE " + batch + " = ?";
  }

  /** Whether a {@code dp_stage} row breaks no rule. */
  String ok() {
    List<Rule> rules = rules();
    return rules.isEmpty() ? "true"
        : rules.stream().map(r -> "NOT coalesce(" + r.broken() + ", false)").collect(Collectors.joining(" AND "));
  }

  /** {@code INSERT INTO raw (...) SELECT <fields cast to the raw types>, } — the audit values follow at run time. */
  String insertHead() {
    List<String> columns = t.rawColumns().stream().map(d::quote).toList();
    List<String> values = t.contract.fields().stream()
        .map(f -> "CAST(" + d.quote(f.rawName()) + " AS " + d.type(f.logicalType()) + ")").toList();
    return "INSERT INTO " + t.rawTable() + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values) + ", ";
  }
}
