package io.datapact.generator.sql.model;

import java.util.List;
import java.util.stream.Collectors;

/** The quoted columns of a business key or grain, with the SQL fragments templates need. */
public record KeySet(List<String> columns) {
  public KeySet {
    columns = List.copyOf(columns);
  }

  /** {@code a.k1 IS NOT DISTINCT FROM b.k1 AND ...}. */
  public String match(String left, String right) {
    return columns.stream().map(c -> left + "." + c + " IS NOT DISTINCT FROM " + right + "." + c)
        .collect(Collectors.joining(" AND "));
  }

  /** {@code p.k1, p.k2}; without a prefix when {@code prefix} is empty. */
  public String list(String prefix) {
    return columns.stream().map(c -> prefix.isEmpty() ? c : prefix + "." + c).collect(Collectors.joining(", "));
  }
}
