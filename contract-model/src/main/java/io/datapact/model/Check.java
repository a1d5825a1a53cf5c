package io.datapact.model;

/** A table-level rule: a boolean SQL expression every row must satisfy. */
public record Check(String name, String expression, Severity severity, String description) {
  public Check {
    severity = severity == null ? Severity.ERROR : severity;
  }
}
