package io.datapact.validate;

import io.datapact.model.SemVer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every contract of one run, for rules that look across contracts. */
public record Catalog(List<LoadedContract> all) {
  public Catalog {
    all = List.copyOf(all);
  }

  /** Every version of {@code id}, in file order. */
  public List<LoadedContract> versions(String id) {
    return all.stream().filter(c -> c.contract().id().equals(id)).toList();
  }

  /** The highest semver version of {@code id}. */
  public Optional<LoadedContract> latest(String id) {
    return versions(id).stream()
        .filter(c -> SemVer.parse(c.contract().version()).isPresent())
        .max(Comparator.comparing(c -> SemVer.parse(c.contract().version()).orElseThrow()));
  }
}
