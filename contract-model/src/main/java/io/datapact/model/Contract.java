package io.datapact.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * One version of a dataset contract, as read from one YAML file.
 *
 * <p>Instances are immutable; collections are copied and never null. Maps are sorted by key so
 * that everything generated from a contract iterates in one stable order.
 */
public record Contract(
    String apiVersion,
    String id,
    String version,
    Status status,
    Deprecation deprecation,
    Owner owner,
    String description,
    Kind kind,
    List<String> grain,
    Source source,
    Scd scd,
    Incremental incremental,
    Sla sla,
    List<Field> fields,
    SortedMap<String, RoleAccess> access,
    List<Check> checks) {

  public Contract {
    status = status == null ? Status.ACTIVE : status;
    grain = Lists.copy(grain);
    source = source == null ? new Source(null, null, null, null) : source;
    fields = Lists.copy(fields);
    access = access == null
        ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(access));
    checks = Lists.copy(checks);
  }

  /** The field of that name, if any. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The domain: the part of the id before the dot. */
  public String domain() {
    return id.substring(0, id.indexOf('.'));
  }

  /** The dataset name: the part of the id after the dot. */
  public String name() {
    return id.substring(id.indexOf('.') + 1);
  }

  /** The major version, or -1 when the version is not semver. */
  public int majorVersion() {
    return SemVer.parse(version).map(SemVer::major).orElse(-1);
  }
}
