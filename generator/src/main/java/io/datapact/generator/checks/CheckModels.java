package io.datapact.generator.checks;

import static io.datapact.generator.checks.PlannedCheck.MAX;
import static io.datapact.generator.checks.PlannedCheck.MIN;

import io.datapact.generator.checks.model.AcceptedValuesModel;
import io.datapact.generator.checks.model.BatchDuplicatesModel;
import io.datapact.generator.checks.model.BoundsModel;
import io.datapact.generator.checks.model.CheckTarget;
import io.datapact.generator.checks.model.DailyChangeModel;
import io.datapact.generator.checks.model.DuplicateModel;
import io.datapact.generator.checks.model.ExpressionModel;
import io.datapact.generator.checks.model.FanOutModel;
import io.datapact.generator.checks.model.FreshnessModel;
import io.datapact.generator.checks.model.NullCheckModel;
import io.datapact.generator.checks.model.PatternModel;
import io.datapact.generator.checks.model.RelationshipModel;
import io.datapact.generator.checks.model.Scd2Model;
import io.datapact.generator.checks.model.VolumeModel;
import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.model.Projection;
import io.datapact.model.Contract;
import io.datapact.model.Durations;
import io.datapact.model.Expression;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the template model of a planned check for one dialect: every name quoted, every value a literal. */
final class CheckModels {
  private final Dialect d;
  private final PipelineCatalog catalog;

  CheckModels(Dialect d, PipelineCatalog catalog) {
    this.d = d;
    this.catalog = catalog;
  }

  /** The model of the check's template; {@code now} null means the engine clock. */
  Object model(PlannedCheck c, Instant now) {
    CheckTarget on = target(c);
    String column = c.columns().isEmpty() ? null : d.quote(c.columns().get(0));
    return switch (c.kind()) {
      case NOT_NULL -> new NullCheckModel(on, column);
      case UNIQUE, PRIMARY_KEY, GRAIN -> new DuplicateModel(on, quoted(c.columns()));
      case ACCEPTED_VALUES -> new AcceptedValuesModel(on, column,
          c.params().get(PlannedCheck.VALUES).stream().map(v -> Literals.of(d, v, type(c))).toList());
      case RANGE -> new BoundsModel(on, column, literal(c, MIN, type(c)), literal(c, MAX, type(c)));
      case LENGTH, VOLUME -> bounds(c, on, column);
      case PATTERN -> new PatternModel(on, column, d.regexMatch("t." + column, d.literal(c.param(PlannedCheck.PATTERN))));
      case RELATIONSHIPS -> new RelationshipModel(on, column, table(c.param(PlannedCheck.PARENT)),
          d.quote(c.param(PlannedCheck.PARENT_COLUMN)));
      case FRESHNESS -> new FreshnessModel(on, column, d.text("max(t." + column + ")", type(c)),
          now == null ? d.now(type(c).base() == LogicalType.Base.TIMESTAMPTZ) : Literals.now(d, now, type(c)),
          d.interval(Durations.parse(c.param(PlannedCheck.MAX_AGE))));
      case DAILY_CHANGE -> new DailyChangeModel(on, column, c.param(PlannedCheck.MAX_CHANGE_PCT));
      case FAN_OUT -> fanOut(c, on);
      case BATCH_DUPLICATES -> batchDuplicates(c, on);
      case SCD2_ONE_CURRENT, SCD2_NO_OVERLAP, SCD2_NO_GAP, SCD2_VALID_WINDOW ->
          new Scd2Model(on, quoted(c.columns()), "close".equals(c.param(PlannedCheck.DELETES)));
      case EXPRESSION -> new ExpressionModel(on, condition(c, f -> "t." + d.quote(f)));
    };
  }

  /** The header, the checked table and the filters every checked row meets. */
  CheckTarget target(PlannedCheck c) {
    Contract contract = CheckPlanner.contractOf(catalog, c);
    String raw = c.param(PlannedCheck.RAW);
    return new CheckTarget(c.name(), contract.id() + " " + contract.version(),
        raw != null ? table(raw) : d.qualified(c.target().schema(), c.target().name()), filters(c),
        quoted(c.sampleColumns()), d.stringType());
  }

  /** The contract expression of an expression check, with each field rendered by {@code column}. */
  String condition(PlannedCheck c, Function<String, String> column) {
    List<String> fields = CheckPlanner.contractOf(catalog, c).fields().stream().map(Field::name).toList();
    return ExpressionSql.render(Expression.parse(c.param(PlannedCheck.EXPRESSION)), fields, d, column);
  }

  /** Conditions over {@code t}: not the unknown member, and for some SCD2 checks current (not deleted) rows only. */
  List<String> filters(PlannedCheck c) {
    List<String> out = new ArrayList<>();
    if (c.param(PlannedCheck.UNKNOWN_MEMBER) != null) {
      out.add("t." + d.quote(c.param(PlannedCheck.UNKNOWN_MEMBER)) + " <> " + d.literal(ContractSql.UNKNOWN_SK));
    }
    String rows = c.param(PlannedCheck.ROWS);
    if (rows != null) {
      out.add("t." + d.quote("is_current"));
    }
    if (PlannedCheck.CURRENT_NOT_DELETED.equals(rows)) {
      out.add("NOT t." + d.quote("is_deleted"));
    }
    return out;
  }

  /** The logical type parameter. */
  static LogicalType type(PlannedCheck c) {
    return LogicalType.parse(c.param(PlannedCheck.TYPE));
  }

  private Object bounds(PlannedCheck c, CheckTarget on, String column) {
    String min = c.param(MIN);
    String max = c.param(MAX);
    return c.kind() == CheckKind.VOLUME ? new VolumeModel(on, min, max) : new BoundsModel(on, column, min, max);
  }

  private FanOutModel fanOut(PlannedCheck c, CheckTarget on) {
    String raw = c.param(PlannedCheck.SNAPSHOT);
    List<Projection> keys = List.of();
    if (raw != null) {
      List<String> quoted = quoted(c.columns());
      keys = stagedColumns(c).stream().filter(p -> quoted.contains(p.alias())).toList();
    }
    return new FanOutModel(on, quoted(c.columns()), table(c.param(PlannedCheck.INPUT)), raw == null ? null : table(raw), keys);
  }

  private BatchDuplicatesModel batchDuplicates(PlannedCheck c, CheckTarget on) {
    Contract contract = CheckPlanner.contractOf(catalog, c);
    List<Projection> staged = stagedColumns(c);
    String version = c.param(PlannedCheck.VERSION);
    List<String> keys = quoted(c.columns());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < staged.size(); i++) {
      Projection p = staged.get(i);
      if (!keys.contains(p.alias()) && (version == null || !p.alias().equals(d.quote(version)))) {
        String text = d.text(p.expression(), contract.fields().get(i).logicalType());
        parts.add("coalesce(CAST(length(" + text + ") AS " + d.stringType() + ") || ':' || " + text + ", "
            + d.literal("\\N") + ")");
      }
    }
    return new BatchDuplicatesModel(on, staged.stream().filter(p -> keys.contains(p.alias())).toList(),
        version == null ? null : staged.stream().filter(p -> p.alias().equals(d.quote(version))).findFirst().orElseThrow(),
        "md5(" + String.join(" || '|' || ", parts) + ")", c.params().get(PlannedCheck.DOWNSTREAM));
  }

  /** The contract's fields over raw alias {@code r}, cast and cleaned as staging does. */
  private List<Projection> stagedColumns(PlannedCheck c) {
    return new ContractSql(d, CheckPlanner.contractOf(catalog, c), catalog).staging().source().columns();
  }

  private String literal(PlannedCheck c, String key, LogicalType type) {
    String value = c.param(key);
    return value == null ? null : Literals.of(d, value, type);
  }

  private String table(String relation) {
    int dot = relation.indexOf('.');
    return d.qualified(relation.substring(0, dot), relation.substring(dot + 1));
  }

  private List<String> quoted(List<String> names) {
    return names.stream().map(d::quote).toList();
  }
}
