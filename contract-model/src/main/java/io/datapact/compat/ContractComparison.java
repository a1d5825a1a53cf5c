package io.datapact.compat;

import java.util.List;

/**
 * One contract compared with its baseline.
 *
 * @param oldVersion the baseline's version, or null for a contract the baseline does not have
 * @param newVersion the current version, or null for a contract that was removed
 * @param declared the bump the versions declare; {@link Bump#NONE} for a removed contract and
 *     {@link Bump#MAJOR} for a new one
 */
public record ContractComparison(String id, String oldVersion, String newVersion, Bump declared,
    List<Change> changes) {
  public ContractComparison {
    changes = List.copyOf(changes);
  }

  /** The largest bump the changes need. */
  public Bump required() {
    return changes.stream().map(c -> c.rule().bump()).max(Enum::compareTo).orElse(Bump.NONE);
  }

  /** The version the acceptance of a change names: the current one, else the baseline's. */
  public String acceptanceVersion() {
    return newVersion != null ? newVersion : oldVersion;
  }
}
