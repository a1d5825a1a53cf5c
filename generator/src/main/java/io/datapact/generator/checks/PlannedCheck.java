package io.datapact.generator.checks;

import io.datapact.generator.sql.Relation;
import io.datapact.model.Severity;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One data check, engine-neutral: what is tested on which published object, with which thresholds.
 *
 * @param name stable and unique, {@code <object>__<kind>[__<detail>]}; names the generated test file
 * @param contract the contract id
 * @param target the published object: the mart, or the staging view of a source
 * @param columns the fields the check reads (for SCD2 and fan-out checks: the key), unquoted
 * @param params thresholds and details by key (see the constants); values as text, lists for enums
 * @param tolerance the fraction of checked rows allowed to fail, 0 for none
 * @param sampleColumns key fields without PII whose values failing rows are reported by
 */
public record PlannedCheck(String name, CheckKind kind, String contract, Relation target, List<String> columns,
    SortedMap<String, List<String>> params, Severity severity, double tolerance, List<String> sampleColumns) {
  /** The field's logical type (value checks), the freshness column's, or SCD2's version time type. */
  public static final String TYPE = "type";
  /** Inclusive lower bound: a value, a length or a row count. */
  public static final String MIN = "min";
  /** Inclusive upper bound: a value, a length or a row count. */
  public static final String MAX = "max";
  /** The regular expression of a pattern check. */
  public static final String PATTERN = "pattern";
  /** The accepted values, as written in the contract. */
  public static final String VALUES = "values";
  /** The referenced published object, {@code schema.name}. */
  public static final String PARENT = "parent";
  /** The referenced field. */
  public static final String PARENT_COLUMN = "parent_column";
  /** The largest age of the newest row, a contract duration such as {@code 12h}. */
  public static final String MAX_AGE = "max_age";
  /** The largest day-over-day change of rows per load day, in percent. */
  public static final String MAX_CHANGE_PCT = "max_change_pct";
  /** The surrogate key column of a dimension, whose {@code '-1'} row (the unknown member) is not checked. */
  public static final String UNKNOWN_MEMBER = "unknown_member";
  /** Which rows are checked: {@value #CURRENT} or {@value #CURRENT_NOT_DELETED}; absent for all. */
  public static final String ROWS = "rows";
  /** The staging view a mart is built from (fan-out). */
  public static final String INPUT = "input";
  /** The raw table whose latest batch holds the live keys of an SCD2 snapshot feed (fan-out). */
  public static final String SNAPSHOT = "snapshot";
  /** The raw table a batch-duplicates check reads, {@code schema.name}. */
  public static final String RAW = "raw";
  /** The field whose value tells two versions of a key apart in one batch (batch duplicates); absent for none. */
  public static final String VERSION = "version";
  /** The marts a batch duplicate reaches: the dimension's own and every mart that reads it, directly or not. */
  public static final String DOWNSTREAM = "downstream";
  /** The name of a table-level check in its contract. */
  public static final String CHECK = "check";
  /** The expression of a table-level check, as written. */
  public static final String EXPRESSION = "expression";
  /** SCD2 deletes handling: {@code ignore}, {@code close} or {@code flag}. */
  public static final String DELETES = "deletes";
  /** Rows value: current versions only. */
  public static final String CURRENT = "current";
  /** Rows value: current versions that are not deleted. */
  public static final String CURRENT_NOT_DELETED = "current_not_deleted";

  public PlannedCheck {
    columns = List.copyOf(columns);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    params = Collections.unmodifiableSortedMap(copy);
    sampleColumns = List.copyOf(sampleColumns);
  }

  /** The single value of a parameter, or null when absent. */
  public String param(String key) {
    List<String> values = params.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The checked object and what is checked of it, for messages: {@code fct_benefits__claims.claim_id}. */
  public String subject() {
    String detail = kind == CheckKind.EXPRESSION ? param(CHECK) : String.join(",", columns);
    return target.name() + (detail.isEmpty() ? "" : "." + detail);
  }
}
