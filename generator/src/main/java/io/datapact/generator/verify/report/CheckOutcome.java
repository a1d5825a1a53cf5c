package io.datapact.generator.verify.report;

import java.util.List;

/**
 * The outcome of one check in one round.
 *
 * @param round the verification round, e.g. {@code batch-2}
 * @param samples up to five key values of failing rows; never PII
 * @param message one line naming the check, the object, the count and the samples
 */
public record CheckOutcome(String round, String check, String kind, String object, Status status, long failing,
    long checked, List<String> samples, String message, long millis) {

  public CheckOutcome {
    samples = List.copyOf(samples);
  }

  /** Pass, a warning (warn severity or within tolerance), or a failure that fails the build. */
  public enum Status { PASS, WARN, FAIL }
}
