package io.datapact.generator.checks;

import java.util.List;

/**
 * The outcome of running one check.
 *
 * @param failing failing rows (row checks), or 1 when an aggregate check fails
 * @param checked rows looked at (row checks), or 1 for an aggregate check
 * @param samples up to five distinct values of the sample columns of failing rows, never of PII fields
 * @param observed what an aggregate check measured when it failed (the newest time, the count), else null
 * @param message one line for logs, e.g. {@code [error] unique fct_benefits__claims.claim_id: 2 of 14 rows fail (samples: CLM-00000001)}
 */
public record CheckResult(PlannedCheck check, Status status, long failing, long checked, List<String> samples,
    String observed, String message) {
  /** Pass; fail within a warning check; fail. */
  public enum Status {
    PASS("pass"), WARN("warn"), FAIL("error");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The word in messages: {@code pass}, {@code warn}, {@code error}. */
    public String label() {
      return label;
    }
  }

  public CheckResult {
    samples = List.copyOf(samples);
  }
}
