package io.datapact.generator.checks;

import static io.datapact.generator.checks.PlannedCheck.ROWS;
import static io.datapact.generator.checks.PlannedCheck.TYPE;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Expression;
import io.datapact.model.Field;
import io.datapact.model.HardDeletes;
import io.datapact.model.Kind;
import io.datapact.model.Severity;
import io.datapact.model.Sla;
import io.datapact.model.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The checks of a whole published object: grain, fan-out, SCD2 history, SLA and the contract's expressions. */
final class TableChecks {
  private TableChecks() {}

  /** Every table-level check of the contract; contract checks that cannot be tested are reported to {@code skipped}. */
  static List<PlannedCheck> of(CheckContext x, Consumer<String> skipped) {
    List<PlannedCheck> out = new ArrayList<>();
    Contract c = x.contract;
    List<String> keys = x.keys();
    if (c.kind() != Kind.SOURCE && !keys.isEmpty()) {
      Map<String, List<String>> rows = x.scd2() ? Map.of(ROWS, List.of(PlannedCheck.CURRENT)) : Map.of();
      out.add(x.check(CheckKind.GRAIN, x.slugs(keys), keys, rows, Severity.ERROR));
      out.add(fanOut(x, keys));
    }
    batchDuplicates(x, keys).ifPresent(out::add);
    if (x.scd2()) {
      out.addAll(scd2(x, keys));
    }
    if (c.sla() != null) {
      out.addAll(sla(x, c.sla()));
    }
    for (Check check : c.checks()) {
      expression(x, check, skipped).ifPresent(out::add);
    }
    return out;
  }

  /** The mart against its staging view; SCD2 snapshot feeds count only keys of the latest raw batch. */
  private static PlannedCheck fanOut(CheckContext x, List<String> keys) {
    Map<String, List<String>> params = new TreeMap<>();
    params.put(PlannedCheck.INPUT, List.of(x.names.staging().toString()));
    if (x.scd2()) {
      params.put(ROWS, List.of(PlannedCheck.CURRENT_NOT_DELETED));
      if (x.contract.scd().deletes() != HardDeletes.IGNORE && x.contract.source().deletedFlag() == null) {
        params.put(PlannedCheck.SNAPSHOT, List.of(x.names.raw().toString()));
      }
    }
    return x.check(CheckKind.FAN_OUT, "", keys, params, Severity.ERROR);
  }

  /**
   * Keys a batch of a joined dimension delivers twice with different values: read from raw, where
   * staging has not yet kept one copy. Two rows of a key with different version times (updatedAt,
   * or the contract's own load time) are history, and identical copies (an at-least-once feed)
   * fold into one; neither is a duplicate. Samples are the key and the batch.
   */
  private static Optional<PlannedCheck> batchDuplicates(CheckContext x, List<String> keys) {
    List<String> downstream = x.downstream();
    if (keys.isEmpty() || downstream.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> params = new TreeMap<>();
    params.put(PlannedCheck.RAW, List.of(x.names.raw().toString()));
    params.put(PlannedCheck.DOWNSTREAM, downstream);
    String loadedAt = x.contract.source().loadedAt();
    String version = x.contract.scd() != null && x.contract.scd().updatedAt() != null ? x.contract.scd().updatedAt()
        : x.contract.field(loadedAt).isPresent() ? loadedAt : null;
    if (version != null) {
      params.put(PlannedCheck.VERSION, List.of(version));
    }
    if (x.contract.fields().stream().allMatch(f -> keys.contains(f.name()) || f.name().equals(version))) {
      return Optional.empty(); // copies of a key could only be identical, which staging folds harmlessly
    }
    PlannedCheck base = x.check(CheckKind.BATCH_DUPLICATES, "", keys, params, Severity.ERROR);
    TreeMap<String, List<String>> raw = new TreeMap<>(base.params());
    raw.remove(PlannedCheck.UNKNOWN_MEMBER);
    List<String> samples = new ArrayList<>(base.sampleColumns());
    samples.add("_batch_id");
    return Optional.of(new PlannedCheck(base.name(), base.kind(), base.contract(), base.target(), keys, raw,
        Severity.ERROR, 0.0, samples));
  }

  /** One current row per key, no overlaps, no gaps (except where {@code deletes: close} ends a key), sane windows. */
  private static List<PlannedCheck> scd2(CheckContext x, List<String> keys) {
    String updatedAt = x.contract.scd().updatedAt();
    String type = updatedAt == null ? "timestamp" : x.contract.field(updatedAt).orElseThrow().logicalType().toString();
    Map<String, List<String>> params = new TreeMap<>();
    params.put(TYPE, List.of(type));
    params.put(PlannedCheck.DELETES, List.of(Wire.of(x.contract.scd().deletes())));
    List<PlannedCheck> out = new ArrayList<>();
    out.add(x.check(CheckKind.SCD2_ONE_CURRENT, "", keys, params, Severity.ERROR));
    out.add(x.check(CheckKind.SCD2_NO_OVERLAP, "", keys, params, Severity.ERROR));
    if (x.contract.scd().deletes() != HardDeletes.CLOSE) {
      out.add(x.check(CheckKind.SCD2_NO_GAP, "", keys, params, Severity.ERROR));
    }
    out.add(x.check(CheckKind.SCD2_VALID_WINDOW, "", keys, params, Severity.ERROR));
    return out;
  }

  /** Freshness (an error check, and a warning check when {@code warnAfter} is set), volume and daily change. */
  private static List<PlannedCheck> sla(CheckContext x, Sla sla) {
    List<PlannedCheck> out = new ArrayList<>();
    if (sla.freshness() != null) {
      String column = sla.freshness().column() != null ? sla.freshness().column() : x.contract.source().loadedAt();
      String type = x.contract.field(column).map(Field::logicalType).map(Object::toString).orElse("timestamp");
      out.add(x.check(CheckKind.FRESHNESS, "error", List.of(column),
          Map.of(TYPE, List.of(type), PlannedCheck.MAX_AGE, List.of(sla.freshness().errorAfter())), Severity.ERROR));
      if (sla.freshness().warnAfter() != null) {
        out.add(x.check(CheckKind.FRESHNESS, "warn", List.of(column),
            Map.of(TYPE, List.of(type), PlannedCheck.MAX_AGE, List.of(sla.freshness().warnAfter())), Severity.WARN));
      }
    }
    Sla.Volume volume = sla.volume();
    if (volume != null && (volume.minRows() != null || volume.maxRows() != null)) {
      Map<String, List<String>> params = new TreeMap<>();
      if (volume.minRows() != null) {
        params.put(PlannedCheck.MIN, List.of(volume.minRows().toString()));
      }
      if (volume.maxRows() != null) {
        params.put(PlannedCheck.MAX, List.of(volume.maxRows().toString()));
      }
      out.add(x.check(CheckKind.VOLUME, "", List.of(), params, Severity.ERROR));
    }
    if (volume != null && volume.maxDailyChangePct() != null) {
      String pct = BigDecimal.valueOf(volume.maxDailyChangePct()).stripTrailingZeros().toPlainString();
      out.add(x.check(CheckKind.DAILY_CHANGE, "", List.of("_loaded_at"),
          Map.of(PlannedCheck.MAX_CHANGE_PCT, List.of(pct)), Severity.ERROR));
    }
    return out;
  }

  /** A contract check; placeholders bind per session and have no value in a test, so such a check is skipped. */
  private static Optional<PlannedCheck> expression(CheckContext x, Check check, Consumer<String> skipped) {
    Expression e = Expression.parse(check.expression());
    if (!e.parameters().isEmpty()) {
      skipped.accept("check '" + check.name() + "' of " + x.contract.id() + " " + x.contract.version()
          + " uses placeholders " + e.parameters() + ", which have no value in a test; no test is generated for it");
      return Optional.empty();
    }
    List<String> fields = x.contract.fields().stream().map(Field::name).toList();
    Map<String, List<String>> params = new TreeMap<>();
    params.put(PlannedCheck.EXPRESSION, List.of(check.expression()));
    params.put(PlannedCheck.CHECK, List.of(check.name()));
    return Optional.of(x.check(CheckKind.EXPRESSION, check.name(), ExpressionSql.columns(e, fields), params,
        check.severity()));
  }
}
