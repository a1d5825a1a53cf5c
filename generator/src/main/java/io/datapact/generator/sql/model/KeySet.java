package io.datapact.generator.sql.model;

import java.util.List;
import java.util.stream.Collectors;

/** The quoted columns of a business key or grain, with the SQL fragments templates need. */
public record KeySet(List<String> columns) {
  public KeySet {
    columns = List.copyOf(columns);
  }

  /**
   * {@code a.k1 = b.k1 AND ...}: plain equality, so a row with a NULL key (bad data, caught by the
   * not-null tests) never matches the unknown member, whose key columns are NULL.
   */
  public String match(String left, String right) {
    return columns.stream().map(c -> left + "." + c + " = " + right + "." + c)
        .collect(Collectors.joining(" AND "));
  }

  /** {@code p.k1, p.k2}; without a prefix when {@code prefix} is empty. */
  public String list(String prefix) {
    return columns.stream().map(c -> prefix.isEmpty() ? c : prefix + "." + c).collect(Collectors.joining(", "));
  }
}
