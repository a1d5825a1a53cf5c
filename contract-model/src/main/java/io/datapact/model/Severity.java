package io.datapact.model;

/** How much a failed check or a problem counts. */
public enum Severity {
  WARN, ERROR
}
