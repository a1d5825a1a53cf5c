package io.datapact.compat;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Deprecation;
import io.datapact.model.Field;
import io.datapact.model.Owner;
import io.datapact.model.Scd;
import io.datapact.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classified changes between two versions of one contract.
 *
 * <pre>{@code List<Change> changes = new ContractDiff(RuleTable.standard()).diff(v1, v2);}</pre>
 *
 * <p>Fields are matched by name; a field that disappears while a new one reads the same raw column
 * is a rename, any other disappearance a removal. Record components the diff does not know are
 * compared with {@code equals} and reported as unclassified warnings.
 */
public final class ContractDiff {
  /** Contract members compared here; {@code id} and {@code version} identify the pair. */
  private static final Set<String> HANDLED = Set.of("id", "version", "status", "deprecation", "owner",
      "description", "kind", "grain", "source", "scd", "incremental", "sla", "fields", "access", "checks");
  private static final Set<String> ROLE_HANDLED = Set.of("masked", "rowFilter", "write");
  private static final Set<String> SCD_HANDLED = Set.of("type", "key", "updatedAt", "tracked", "previous",
      "deletes");
  private static final Set<String> SLA_HANDLED = Set.of("freshness", "volume", "latency", "availability");
  private static final Set<String> FRESHNESS_HANDLED = Set.of("column", "warnAfter", "errorAfter");
  private static final Set<String> VOLUME_HANDLED = Set.of("minRows", "maxRows", "maxDailyChangePct");

  private final RuleTable table;

  public ContractDiff(RuleTable table) {
    this.table = table;
  }

  /** The changes from {@code before} to {@code after}, sorted by path. */
  public List<Change> diff(Contract before, Contract after) {
    Changes out = new Changes(table, after.id());
    if (before.equals(after)) {
      return List.of();
    }
    out.leftovers("", before, after, HANDLED);
    status(before, after, out);
    if (!Canonical.sameText(before.description(), after.description())) {
      out.add("description-changed", "description", before.description(), after.description());
    }
    out.ifDiffers("owner-changed", "owner", owner(before.owner()), owner(after.owner()));
    out.ifDiffers("kind-changed", "kind", before.kind(), after.kind());
    out.ifDiffers("grain-changed", "grain", new TreeSet<>(before.grain()), new TreeSet<>(after.grain()));
    out.members("source-changed", "source", before.source(), after.source());
    out.members("incremental-changed", "incremental", before.incremental(), after.incremental());
    scd(before.scd(), after.scd(), out);
    if (before.scd() != null && after.scd() != null) {
      out.leftovers("scd", before.scd(), after.scd(), SCD_HANDLED);
    }
    SlaDiff.diff(before.sla(), after.sla(), out);
    out.leftovers("sla", before.sla(), after.sla(), SLA_HANDLED);
    if (before.sla() != null && after.sla() != null) {
      out.leftovers("sla.freshness", before.sla().freshness(), after.sla().freshness(), FRESHNESS_HANDLED);
      out.leftovers("sla.volume", before.sla().volume(), after.sla().volume(), VOLUME_HANDLED);
    }
    fields(before, after, out);
    AccessDiff.diff(before.access(), after.access(), out);
    for (String role : before.access().keySet()) {
      if (after.access().containsKey(role)) {
        out.leftovers("access." + role, before.access().get(role), after.access().get(role), ROLE_HANDLED);
      }
    }
    checks(before.checks(), after.checks(), out);
    List<Change> changes = new ArrayList<>(out.list());
    changes.sort(null);
    return changes;
  }

  private static void status(Contract before, Contract after, Changes out) {
    if (before.status() != after.status()) {
      out.add(after.status() == Status.DEPRECATED ? "contract-deprecated" : "status-changed", "status",
          before.status(), after.status());
    }
    Deprecation oldDep = before.deprecation();
    Deprecation newDep = after.deprecation();
    if (oldDep == null || Objects.equals(oldDep, newDep)) {
      // Deprecating is reported once, by the status.
      return;
    }
    if (newDep != null && oldDep.removalDate() != null && newDep.removalDate() != null
        && newDep.removalDate().compareTo(oldDep.removalDate()) < 0) {
      out.add("deprecation-date-earlier", "deprecation.removalDate", oldDep.removalDate(), newDep.removalDate());
    } else {
      out.add("deprecation-changed", "deprecation", deprecation(oldDep), deprecation(newDep));
    }
  }

  private static String deprecation(Deprecation d) {
    return d == null ? null : "removal " + d.removalDate() + ", replacement " + d.replacement();
  }

  private static String owner(Owner owner) {
    return owner == null ? null : owner.team() + " <" + owner.email() + ">";
  }

  private static void scd(Scd before, Scd after, Changes out) {
    if (before == null && after == null) {
      return;
    }
    if (before == null || after == null || before.type() != after.type()) {
      out.add("scd-type-changed", "scd.type", before == null ? null : before.type(),
          after == null ? null : after.type());
      return;
    }
    out.ifDiffers("scd-key-changed", "scd.key", new TreeSet<>(before.key()), new TreeSet<>(after.key()));
    out.ifDiffers("scd-tracked-changed", "scd.tracked", new TreeSet<>(before.tracked()),
        new TreeSet<>(after.tracked()));
    out.ifDiffers("scd-previous-changed", "scd.previous", new TreeSet<>(before.previous()),
        new TreeSet<>(after.previous()));
    out.ifDiffers("scd-settings-changed", "scd.updatedAt", before.updatedAt(), after.updatedAt());
    out.ifDiffers("scd-settings-changed", "scd.deletes", before.deletes(), after.deletes());
  }

  private static void fields(Contract before, Contract after, Changes out) {
    Map<String, Field> oldFields = byName(before.fields());
    Map<String, Field> newFields = byName(after.fields());
    Set<String> renamedTo = new TreeSet<>();
    for (Field field : before.fields()) {
      String path = "fields." + field.name();
      Field same = newFields.get(field.name());
      if (same != null) {
        if (!field.equals(same)) {
          FieldDiff.diff(field, same, path, out);
          out.leftovers(path, field, same, FieldDiff.HANDLED);
        }
        continue;
      }
      Field renamed = renameOf(field, oldFields, newFields);
      if (renamed != null) {
        renamedTo.add(renamed.name());
        out.add("field-renamed", path, field.name(), renamed.name());
        FieldDiff.diff(field, renamed, "fields." + renamed.name(), out);
      } else {
        out.add("field-removed", path, field.logicalType(), null);
      }
    }
    Set<String> oldPk = primaryKey(before.fields());
    Set<String> newPk = primaryKey(after.fields());
    out.ifDiffers("primary-key-changed", "primaryKey", oldPk, newPk);
    for (Field field : after.fields()) {
      if (!oldFields.containsKey(field.name()) && !renamedTo.contains(field.name())) {
        out.add(field.notNull() ? "field-added-required" : "field-added", "fields." + field.name(), null,
            field.logicalType());
      }
    }
  }

  /**
   * The field that replaces a removed one: a new field reading the removed field's raw column
   * (the column kept its raw name, the published name changed).
   */
  private static Field renameOf(Field removed, Map<String, Field> oldFields, Map<String, Field> newFields) {
    for (Field candidate : newFields.values()) {
      if (!oldFields.containsKey(candidate.name()) && candidate.rawName().equals(removed.rawName())) {
        return candidate;
      }
    }
    return null;
  }

  private static void checks(List<Check> before, List<Check> after, Changes out) {
    Map<String, Check> oldChecks = new LinkedHashMap<>();
    before.forEach(c -> oldChecks.put(c.name(), c));
    Map<String, Check> newChecks = new LinkedHashMap<>();
    after.forEach(c -> newChecks.put(c.name(), c));
    for (Check check : before) {
      Check same = newChecks.get(check.name());
      String path = "checks." + check.name();
      if (same == null) {
        out.add("check-removed", path, Canonical.text(check.expression()), null);
      } else if (!Canonical.sameText(check.expression(), same.expression()) || check.severity() != same.severity()) {
        out.add("check-changed", path, describe(check), describe(same));
      } else if (!Canonical.sameText(check.description(), same.description())) {
        out.add("description-changed", path + ".description", check.description(), same.description());
      }
    }
    for (Check check : after) {
      if (!oldChecks.containsKey(check.name())) {
        out.add("check-added", "checks." + check.name(), null, Canonical.text(check.expression()));
      }
    }
  }

  private static String describe(Check check) {
    return Canonical.text(check.expression()) + " (" + check.severity().name().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }

  private static Set<String> primaryKey(List<Field> fields) {
    Set<String> key = new TreeSet<>();
    fields.stream().filter(Field::primaryKey).forEach(f -> key.add(f.name()));
    return key;
  }

  private static Map<String, Field> byName(List<Field> fields) {
    Map<String, Field> out = new LinkedHashMap<>();
    fields.forEach(f -> out.put(f.name(), f));
    return out;
  }
}
