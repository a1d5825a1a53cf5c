package io.datapact.model;

/**
 * What one role may do with a dataset.
 *
 * @param masked whether PII fields are masked for the role (default true)
 * @param rowFilter boolean SQL expression over the contract's fields, with {@code {{ param }}}
 *     placeholders bound from the entitlements table (docs/security.md), or null for every row
 * @param write whether the role loads raw data (default false)
 */
public record RoleAccess(Boolean masked, String rowFilter, Boolean write) {
  public RoleAccess {
    masked = masked == null || masked;
    write = write != null && write;
  }
}
