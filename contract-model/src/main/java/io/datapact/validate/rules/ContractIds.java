package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.Levenshtein;
import java.util.Comparator;
import java.util.Optional;

/** Contract ids of the catalog, for rules that name a contract by id. */
final class ContractIds {
  private ContractIds() {}

  /** The known id closest to {@code id} when it is a likely typo (a few edits for a long id). */
  static Optional<String> closest(String id, Catalog catalog) {
    int limit = Math.max(2, id.length() / 5);
    return catalog.all().stream()
        .map(l -> l.contract().id())
        .distinct()
        .filter(known -> Levenshtein.distance(known, id) <= limit)
        .min(Comparator.comparingInt((String known) -> Levenshtein.distance(known, id)).thenComparing(k -> k));
  }

  /** "did you mean" the closest id, or {@code otherwise}. */
  static String hint(String id, Catalog catalog, String otherwise) {
    return closest(id, catalog).map(known -> "did you mean '" + known + "'?").orElse(otherwise);
  }
}
