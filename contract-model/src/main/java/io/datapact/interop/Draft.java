package io.datapact.interop;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Deprecation;
import io.datapact.model.Field;
import io.datapact.model.Incremental;
import io.datapact.model.Kind;
import io.datapact.model.Owner;
import io.datapact.model.RoleAccess;
import io.datapact.model.Scd;
import io.datapact.model.Sla;
import io.datapact.model.Source;
import io.datapact.model.SourceFormat;
import io.datapact.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A contract being imported: filled in from one schema object or model, then built. */
final class Draft {
  final ImportContext context;
  /** The pointer of the schema object or model, for messages. */
  final String pointer;
  /** The object's name in the imported file, which relationships and SQL use. */
  final String sourceName;
  String domain;
  String name;
  String version = "1.0.0";
  Status status;
  Deprecation deprecation;
  String team;
  String email;
  String description;
  /** Set when the file says which kind (an exported datapact contract); else derived from keys. */
  Kind kind;
  List<String> grain = new ArrayList<>();
  String sourceTable;
  SourceFormat format;
  String loadedAt;
  String deletedFlag;
  Scd scd;
  Incremental incremental;
  String freshnessColumn;
  String warnAfter;
  String errorAfter;
  Long minRows;
  Long maxRows;
  Double maxDailyChangePct;
  String latency;
  String availability;
  final List<DraftField> fields = new ArrayList<>();
  final TreeMap<String, RoleAccess> access = new TreeMap<>();
  final List<Check> checks = new ArrayList<>();

  Draft(ImportContext context, String pointer, String sourceName) {
    this.context = context;
    this.pointer = pointer;
    this.sourceName = sourceName;
  }

  String id() {
    return domain + "." + name;
  }

  /** The field imported from the column of that name in the source file (ignoring case), or of that name. */
  Optional<DraftField> field(String column) {
    return fields.stream()
        .filter(f -> f.sourceColumn.equalsIgnoreCase(column) || f.name.equalsIgnoreCase(column))
        .findFirst();
  }

  /** Field names taken so far. */
  Set<String> fieldNames() {
    Set<String> names = new HashSet<>();
    fields.forEach(f -> names.add(f.name));
    return names;
  }

  /** A check name not used yet. */
  String checkName(String wanted) {
    Set<String> taken = new HashSet<>();
    checks.forEach(c -> taken.add(c.name()));
    return Names.unique(Names.snake(wanted, "check"), taken, 63);
  }

  /** Without a stated kind: a fact at its primary key's grain, or a source when there is no key. */
  Kind effectiveKind() {
    if (kind != null) {
      return kind;
    }
    return grain.isEmpty() ? Kind.SOURCE : Kind.FACT;
  }

  Contract build() {
    Sla sla = null;
    Sla.Freshness freshness = errorAfter == null ? null : new Sla.Freshness(freshnessColumn, warnAfter, errorAfter);
    Sla.Volume volume = minRows == null && maxRows == null && maxDailyChangePct == null ? null
        : new Sla.Volume(minRows, maxRows, maxDailyChangePct);
    if (freshness != null || volume != null || latency != null || availability != null) {
      sla = new Sla(freshness, volume, latency, availability);
    }
    List<Field> built = fields.stream().map(DraftField::build).toList();
    return new Contract("datapact/v1", id(), version, status, deprecation, new Owner(team, email), description,
        effectiveKind(), grain, new Source(sourceTable, format, loadedAt, deletedFlag), scd, incremental, sla, built,
        access, checks);
  }
}
