package io.datapact.generator.checks;

import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Durations;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The mutation of each check kind: SQL that makes one violation of the check's rule on its
 * object (a mart, or the raw table behind a source's staging view). The kinds are documented in
 * {@code docs/data-checks.md}.
 */
final class Mutations {
  /** A change to the data, described for reports, and the statements that make it. */
  record Mutation(String description, List<String> statements) {}

  private static final Duration DAY = Duration.ofDays(1);

  private final CheckSql sql;
  private final PipelineCatalog catalog;
  private final Instant now;

  Mutations(CheckSql sql, PipelineCatalog catalog, Instant now) {
    this.sql = sql;
    this.catalog = catalog;
    this.now = now;
  }

  /** The mutation of a check; empty when none can be made (the check then counts as one that cannot fail). */
  Optional<Mutation> of(Connection connection, PlannedCheck c) throws SQLException {
    MutationTarget m = new MutationTarget(connection, sql, catalog, c);
    Dialect d = m.d;
    String col = c.columns().isEmpty() ? null : c.columns().get(0);
    String q = col == null ? null : "t." + d.quote(col);
    return switch (c.kind()) {
      case NOT_NULL -> copy(m, "a row with " + col + " NULL", q + " IS NOT NULL", col, "CAST(NULL AS " + d.type(m.type(col)) + ")");
      case UNIQUE, PRIMARY_KEY, GRAIN -> duplicate(m);
      case ACCEPTED_VALUES -> OutsideValues.notIn(c.params().get(PlannedCheck.VALUES), CheckModels.type(c))
          .flatMap(v -> copy(m, "a row with " + col + " = " + v, "TRUE", col, Literals.of(d, v, CheckModels.type(c))));
      case RANGE -> Optional.of(OutsideValues.outside(c.param(PlannedCheck.MIN), c.param(PlannedCheck.MAX), CheckModels.type(c)))
          .flatMap(v -> copy(m, "a row with " + col + " = " + v, "TRUE", col, Literals.of(d, v, CheckModels.type(c))));
      case PATTERN -> OutsideValues.nonMatching(c.param(PlannedCheck.PATTERN))
          .flatMap(v -> copy(m, "a row with " + col + " = '" + v + "'", "TRUE", col, d.literal(v)));
      case LENGTH -> OutsideValues.badLength(c.param(PlannedCheck.MIN), c.param(PlannedCheck.MAX))
          .flatMap(v -> copy(m, "a row with a " + col + " of length " + v.length(), "TRUE", col, d.literal(v)));
      case RELATIONSHIPS -> fresh(d, table(d, c.param(PlannedCheck.PARENT)), d.quote(c.param(PlannedCheck.PARENT_COLUMN)),
          CheckModels.type(c)).flatMap(v -> copy(m, "a row whose " + col + " no referenced row has", "TRUE", col, v));
      case FRESHNESS -> Optional.of(freshness(m));
      case VOLUME -> volume(m);
      case DAILY_CHANGE -> dailyChange(connection, m);
      case BATCH_DUPLICATES -> batchDuplicate(m);
      case FAN_OUT -> m.staging ? Optional.empty() : copy(m, "a second mart row for a key", "TRUE", null, null);
      case SCD2_ONE_CURRENT -> copy(m, "a second current version of a key", "t." + d.quote("is_current"), null, null);
      case SCD2_NO_OVERLAP -> version(m, "a version before a key's first, ending a day after it starts", -1, 1);
      case SCD2_NO_GAP -> version(m, "a version before a key's first, ending a day before it starts", -2, -1);
      case SCD2_VALID_WINDOW -> copy(m, "a version ending when it starts", "TRUE", "valid_to", "t." + d.quote("valid_from"));
      case EXPRESSION -> new ExpressionMutation(sql, connection).find(m);
    };
  }

  private static Optional<Mutation> copy(MutationTarget m, String description, String condition, String column,
      String value) {
    Map<String, String> replaced = column == null ? Map.of() : Map.of(column, value);
    return Optional.ofNullable(m.copy(condition, replaced, List.of())).map(s -> new Mutation(description, List.of(s)));
  }

  /** An exact copy of a row; in raw, under a new business key, since staging keeps one row per key. */
  private static Optional<Mutation> duplicate(MutationTarget m) {
    String notNull = m.check.columns().stream().map(k -> "t." + m.d.quote(k) + " IS NOT NULL")
        .collect(Collectors.joining(" AND "));
    return Optional.ofNullable(m.copy(notNull, Map.of(), m.check.columns()))
        .map(s -> new Mutation(m.staging ? "a copy of a row under a new key" : "a copy of a row", List.of(s)));
  }

  /**
   * A copy of a raw row in its own batch, with one other field (a required one if there is one) set
   * to NULL: the key arrives twice in one delivery, with different values.
   */
  private static Optional<Mutation> batchDuplicate(MutationTarget m) {
    Dialect d = m.d;
    String version = m.check.param(PlannedCheck.VERSION);
    List<Field> others = m.contract.fields().stream()
        .filter(f -> !m.check.columns().contains(f.name()) && !f.name().equals(version)).toList();
    Optional<Field> changed = others.stream().filter(Field::required).findFirst().or(() -> others.stream().findFirst());
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    String raw = table(d, m.check.param(PlannedCheck.RAW));
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Field f : m.contract.fields()) {
      columns.add(d.quote(f.rawName()));
      values.add(f == changed.get() ? "CAST(NULL AS " + d.type(f.logicalType()) + ")" : "r." + d.quote(f.rawName()));
    }
    for (String audit : ContractSql.AUDIT) {
      columns.add(d.quote(audit));
      values.add("r." + d.quote(audit));
    }
    List<String> keys = m.check.columns().stream().map(k -> d.quote(m.contract.field(k).orElseThrow().rawName())).toList();
    List<String> where = new ArrayList<>();
    keys.forEach(k -> where.add("r." + k + " IS NOT NULL"));
    where.add("r." + d.quote(changed.get().rawName()) + " IS NOT NULL");
    // A key its batch holds once, so that the copy adds a failing key even where some already fail.
    where.add("(SELECT count(*) FROM " + raw + " AS x WHERE x." + d.quote("_batch_id") + " = r." + d.quote("_batch_id")
        + keys.stream().map(k -> " AND x." + k + " = r." + k).collect(Collectors.joining()) + ") = 1");
    return Optional.of(new Mutation("a copy of a raw row in its own batch with " + changed.get().name() + " NULL",
        List.of("INSERT INTO " + raw + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
            + " FROM " + raw + " AS r WHERE " + String.join(" AND ", where) + " ORDER BY "
            + keys.stream().map(k -> "r." + k).collect(Collectors.joining(", ")) + " LIMIT 1")));
  }

  /** A copy of a key's first version, moved to start {@code fromDays} and end {@code toDays} days from it. */
  private static Optional<Mutation> version(MutationTarget m, String description, int fromDays, int toDays) {
    Dialect d = m.d;
    String from = "t." + d.quote("valid_from");
    String type = d.type(LogicalType.parse(m.check.param(PlannedCheck.TYPE)));
    String match = m.check.columns().stream().map(k -> "f." + d.quote(k) + " = t." + d.quote(k))
        .collect(Collectors.joining(" AND "));
    String first = from + " = (SELECT min(f." + d.quote("valid_from") + ") FROM " + m.published + " AS f WHERE " + match + ")";
    Map<String, String> replaced = Map.of(
        "valid_from", shifted(d, from, fromDays, type),
        "valid_to", shifted(d, from, toDays, type),
        "is_current", "FALSE");
    return Optional.ofNullable(m.copy(first, replaced, List.of())).map(s -> new Mutation(description, List.of(s)));
  }

  private static String shifted(Dialect d, String time, int days, String type) {
    return "CAST(" + time + (days < 0 ? " - " : " + ") + d.interval(DAY.multipliedBy(Math.abs(days))) + " AS " + type + ")";
  }

  /** Every row's time column set to a day more than the largest age before now. */
  private Mutation freshness(MutationTarget m) {
    PlannedCheck c = m.check;
    LogicalType type = CheckModels.type(c);
    String clock = now == null ? m.d.now(type.base() == LogicalType.Base.TIMESTAMPTZ) : Literals.now(m.d, now, type);
    Duration age = Durations.parse(c.param(PlannedCheck.MAX_AGE)).plus(DAY);
    String stale = "CAST(" + clock + " - " + m.d.interval(age) + " AS " + m.d.type(type) + ")";
    return new Mutation("every " + c.columns().get(0) + " set " + c.param(PlannedCheck.MAX_AGE) + " and a day before now",
        List.of(m.update(c.columns().get(0), stale)));
  }

  /** Below the minimum by deleting every row, else above the maximum by copying a mart row. */
  private static Optional<Mutation> volume(MutationTarget m) {
    String min = m.check.param(PlannedCheck.MIN);
    String max = m.check.param(PlannedCheck.MAX);
    if (min != null && Long.parseLong(min) > 0) {
      return Optional.of(new Mutation("every row deleted", List.of(m.deleteAll())));
    }
    if (max != null && !m.staging && Long.parseLong(max) < 1_000_000) {
      long copies = Long.parseLong(max) + 1;
      return Optional.of(new Mutation(copies + " copies of a row", List.of(m.insertCopies(copies, Map.of()))));
    }
    return Optional.empty();
  }

  /**
   * A mart: more copies of a row than the change allows, loaded a day after the last load. A source
   * (whose staging view keeps one row per key): one key's raw rows loaded a day before all others.
   */
  private static Optional<Mutation> dailyChange(Connection connection, MutationTarget m) throws SQLException {
    Dialect d = m.d;
    String loadedAt = d.quote("_loaded_at");
    if (!m.staging) {
      double pct = Double.parseDouble(m.check.param(PlannedCheck.MAX_CHANGE_PCT));
      // One row on a day before the first: from 1 row to the first day's n is a change of (n - 1) * 100 %.
      String first = "(SELECT min(x." + loadedAt + ") FROM " + m.table + " AS x)";
      if ((firstDayRows(connection, m, first) - 1) * 100.0 > pct) {
        return Optional.of(new Mutation("a copy of a row loaded a day before the first load",
            List.of(m.insertCopies(1, Map.of("_loaded_at", first + " - " + d.interval(DAY))))));
      }
      long rows = count(connection, m);
      long copies = (long) Math.ceil(rows * (1 + pct / 100)) + 1;
      String next = "(SELECT max(x." + loadedAt + ") FROM " + m.table + " AS x) + " + d.interval(DAY);
      return copies > 10_000_000 ? Optional.empty() : Optional.of(new Mutation(copies + " copies of a row loaded a day later",
          List.of(m.insertCopies(copies, Map.of("_loaded_at", next)))));
    }
    String key = d.quote(m.column(m.keys.isEmpty() ? m.contract.fields().get(0).name() : m.keys.get(0)));
    LogicalType text = LogicalType.parse("string");
    LogicalType ts = LogicalType.parse("timestamp");
    String value = "CASE WHEN " + d.text(key, text) + " = (SELECT min(" + d.text("x." + key, text) + ") FROM " + m.table
        + " AS x) THEN " + d.typedLiteral("2000-01-01 00:00:00", ts) + " ELSE " + d.typedLiteral("2000-01-02 00:00:00", ts) + " END";
    return Optional.of(new Mutation("one key's rows loaded a day before all others", List.of(m.update("_loaded_at", value))));
  }

  /** The checked rows loaded on the day of {@code first}, the earliest load time. */
  private static long firstDayRows(Connection connection, MutationTarget m, String first) throws SQLException {
    String day = "CAST(t." + m.d.quote("_loaded_at") + " AS DATE) = CAST(" + first + " AS DATE)";
    List<String> where = new ArrayList<>(m.filters);
    where.add(day);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + m.published + " AS t WHERE " + String.join(" AND ", where))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long count(Connection connection, MutationTarget m) throws SQLException {
    String where = m.filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", m.filters);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + m.published + " AS t" + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A value of {@code column} in {@code table} that no row has: past the largest, or a UUID no fixture uses. */
  static Optional<String> fresh(Dialect d, String table, String column, LogicalType type) {
    String max = "(SELECT max(p." + column + ") FROM " + table + " AS p)";
    return switch (type.base()) {
      case STRING -> Optional.of("coalesce(" + max + ", '') || " + d.literal("~dp"));
      case INTEGER, LONG, DECIMAL, DOUBLE -> Optional.of("coalesce(" + max + ", 0) + 1");
      case DATE, TIMESTAMP, TIMESTAMPTZ -> Optional.of("CAST(coalesce(" + max + ", " + d.typedLiteral("2000-01-01", LogicalType.parse("date"))
          + ") + " + d.interval(DAY) + " AS " + d.type(type) + ")");
      case UUID -> Optional.of(d.typedLiteral(OutsideValues.UUID, type));
      default -> Optional.empty();
    };
  }

  private static String table(Dialect d, String relation) {
    int dot = relation.indexOf('.');
    return d.qualified(relation.substring(0, dot), relation.substring(dot + 1));
  }
}
