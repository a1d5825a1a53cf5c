package io.datapact.problem;

import io.datapact.model.Severity;
import java.util.Comparator;

/**
 * One thing wrong with a contract: a stable rule id, where it is, what is wrong and what would be right.
 *
 * <p>Rendered as {@code [field-type-unknown] contracts/claims.yaml:14:11 fields[2].type: unknown
 * type 'money'; use one of string, long, ...}.
 *
 * @param path the element, as {@code fields[2].type}; empty for the file as a whole
 * @param hint what would be right, or null
 */
public record Problem(
    String rule, Severity severity, String file, Position position, String path, String message, String hint)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
      .thenComparing(Problem::position)
      .thenComparing(Problem::rule)
      .thenComparing(Problem::message);

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** True for problems that fail a build. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append('[').append(rule).append("] ").append(file).append(':').append(position);
    if (severity == Severity.WARN) {
      out.append(" warning");
    }
    out.append(' ');
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    out.append(message);
    if (hint != null) {
      out.append("; ").append(hint);
    }
    return out.toString();
  }
}
