package io.datapact.model;

/** How a masked view shows a PII field. */
public enum Masking {
  HASH, REDACT, NULL, PARTIAL, LAST4, INITIALS, YEAR
}
