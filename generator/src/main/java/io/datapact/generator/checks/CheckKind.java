package io.datapact.generator.checks;

import java.util.Locale;

/** What a data check tests; each kind has one template, {@code tests/<wire>.sql.ftl}. */
public enum CheckKind {
  /** A required or primary-key field holds no NULL. */
  NOT_NULL,
  /** No two rows share a value of a {@code unique} field (SCD2: among current rows). */
  UNIQUE,
  /** No two rows share the combination of the {@code primaryKey} fields (SCD2: among current rows). */
  PRIMARY_KEY,
  /** No two rows of a fact share the grain; no two current rows of a dimension share the key. */
  GRAIN,
  /** Every non-null value is one of the field's {@code enum} values. */
  ACCEPTED_VALUES,
  /** Every non-null value lies within the field's inclusive {@code range}. */
  RANGE,
  /** Every non-null value contains a match of the field's {@code pattern}. */
  PATTERN,
  /** Every non-null value's length in characters lies within the field's {@code length}. */
  LENGTH,
  /** Every non-null value finds a row of the referenced object (SCD2: any version). */
  RELATIONSHIPS,
  /** The newest value of the freshness column is younger than a threshold. */
  FRESHNESS,
  /** The row count lies within {@code sla.volume.minRows..maxRows}. */
  VOLUME,
  /** Rows per {@code _loaded_at} day change by at most {@code maxDailyChangePct} from one load day to the next. */
  DAILY_CHANGE,
  /** A mart holds exactly one row per key of its staging input (SCD2: current, not deleted). */
  FAN_OUT,
  /**
   * No batch of a dimension other marts join on delivers a key twice (for one version time): a join
   * on it fans out, and staging keeps one of the copies arbitrarily. Read from the raw table.
   */
  BATCH_DUPLICATES,
  /** Every key of an SCD2 dimension has exactly one current row (none once closed by a delete). */
  SCD2_ONE_CURRENT,
  /** No version of a key starts before the previous one ends. */
  SCD2_NO_OVERLAP,
  /** Every version of a key but the last ends where the next one starts. */
  SCD2_NO_GAP,
  /** Every version starts, and ends after it starts. */
  SCD2_VALID_WINDOW,
  /** A table-level check of the contract: rows where {@code NOT (expression)}. */
  EXPRESSION;

  /** The name in check names and template files: {@code not_null}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The template that renders a check of this kind. */
  public String template() {
    return "tests/" + wire() + ".sql.ftl";
  }

  /** Whether the check measures the object as a whole: its SQL returns one row when it fails. */
  public boolean aggregate() {
    return this == FRESHNESS || this == VOLUME || this == DAILY_CHANGE;
  }
}
