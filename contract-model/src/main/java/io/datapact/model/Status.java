package io.datapact.model;

/** Lifecycle of a contract version. */
public enum Status {
  DRAFT, ACTIVE, DEPRECATED, RETIRED
}
