package io.datapact.validate;

import io.datapact.model.Severity;

/**
 * One semantic rule over a contract that passed the JSON Schema, with a stable id.
 *
 * <p>A rule reports through {@link Reporter}; it never throws for bad contracts. Rules that need
 * other contracts (references, duplicates) read them from the {@link Catalog}. Implementations
 * are stateless and thread-safe.
 */
public interface Rule {
  /** The stable id that starts each message, e.g. {@code field-type-unknown}. */
  String id();

  /** Error fails the build; warn is reported only. */
  default Severity severity() {
    return Severity.ERROR;
  }

  /** Checks one contract. */
  void check(LoadedContract contract, Catalog catalog, Reporter report);
}
