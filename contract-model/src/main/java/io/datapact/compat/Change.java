package io.datapact.compat;

import java.util.Comparator;

/**
 * One classified difference between two versions of a contract.
 *
 * @param contract the contract id
 * @param path where in the contract, as {@code fields.amount.type} or {@code access.analyst.rowFilter};
 *     empty for the contract as a whole
 * @param oldValue the baseline's value as text, {@code none} when absent
 * @param newValue the current value as text, {@code none} when absent
 */
public record Change(CompatRule rule, String contract, String path, String oldValue, String newValue)
    implements Comparable<Change> {

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::contract)
      .thenComparing(Change::path)
      .thenComparing(c -> c.rule().id())
      .thenComparing(Change::oldValue)
      .thenComparing(Change::newValue);

  /** The rule's message for this change. */
  public String message() {
    return rule.render(contract, path, oldValue, newValue);
  }

  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "[" + rule.id() + "] " + contract + (path.isEmpty() ? "" : " " + path) + ": " + message();
  }
}
