package io.datapact.validate;

import io.datapact.model.SemVer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every contract of one run, for rules that look across contracts.
 *
 * <p>Indexed by contract id when built, so that {@link #versions} and {@link #latest} cost a map
 * lookup instead of a scan of the whole catalog: rules call them once per contract and once per
 * reference, which made a scan quadratic in the size of the catalog. Immutable and thread-safe.
 */
public final class Catalog {
  private final List<LoadedContract> all;
  private final Map<String, List<LoadedContract>> versionsById;
  private final Map<String, LoadedContract> latestById;
  private final Map<String, List<LoadedContract>> bySourceTable;

  /** A catalog of {@code all} contracts, in file order. */
  public Catalog(List<LoadedContract> all) {
    this.all = List.copyOf(all);
    Map<String, List<LoadedContract>> byId = new HashMap<>();
    for (LoadedContract c : this.all) {
      byId.computeIfAbsent(c.contract().id(), id -> new ArrayList<>()).add(c);
    }
    Map<String, LoadedContract> latest = new HashMap<>();
    for (Map.Entry<String, List<LoadedContract>> e : byId.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
      newest(e.getValue()).ifPresent(c -> latest.put(e.getKey(), c));
    }
    this.versionsById = Collections.unmodifiableMap(byId);
    this.latestById = Collections.unmodifiableMap(latest);
    Map<String, List<LoadedContract>> byTable = new HashMap<>();
    for (LoadedContract c : this.all) {
      String table = c.contract().source().table();
      if (table != null) {
        byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(c);
      }
    }
    this.bySourceTable = Collections.unmodifiableMap(byTable);
  }

  /** Every contract that names {@code table} as its {@code source.table}, in file order. */
  public List<LoadedContract> withSourceTable(String table) {
    return bySourceTable.getOrDefault(table, List.of());
  }

  /** Every contract, in file order. */
  public List<LoadedContract> all() {
    return all;
  }

  /** Every version of {@code id}, in file order. */
  public List<LoadedContract> versions(String id) {
    return versionsById.getOrDefault(id, List.of());
  }

  /** The highest semver version of {@code id}. */
  public Optional<LoadedContract> latest(String id) {
    return Optional.ofNullable(latestById.get(id));
  }

  /** The highest semver version among {@code versions}; the first one wins a tie. */
  private static Optional<LoadedContract> newest(List<LoadedContract> versions) {
    return versions.stream()
        .filter(c -> SemVer.parse(c.contract().version()).isPresent())
        .max(Comparator.comparing(c -> SemVer.parse(c.contract().version()).orElseThrow()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog other && all.equals(other.all);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(all);
  }

  @Override
  public String toString() {
    return "Catalog[all=" + all + "]";
  }
}
