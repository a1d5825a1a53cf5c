package io.datapact.generator.verify.report;

import java.util.List;

/**
 * Everything one verification run found, in the order it happened: what was built, every check of
 * every round, the mutation proofs and the idempotency check.
 *
 * @param data where the rows came from: {@code fixtures} or {@code synthetic (seed 42)}
 * @param steps time per step, in execution order
 * @param objects rows per built object after the last build
 * @param checks check outcomes of every round (round = {@code batch-1}, {@code batch-2}, ...)
 * @param mutations for each check, whether the data change that violates it made it fail
 * @param unstable objects whose content changed on a build with no new data (must be empty)
 * @param problems data that could not be loaded, e.g. a fixture value that does not cast
 * @param notes how the data shaped the run (checks reported rather than enforced, contracts without fixtures)
 */
public record VerifyReport(String data, List<Step> steps, List<ObjectRows> objects, List<CheckOutcome> checks,
    List<MutationOutcome> mutations, List<String> unstable, List<String> problems, List<String> notes) {

  public VerifyReport {
    steps = List.copyOf(steps);
    objects = List.copyOf(objects);
    checks = List.copyOf(checks);
    mutations = List.copyOf(mutations);
    unstable = List.copyOf(unstable);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** A report without notes. */
  public VerifyReport(String data, List<Step> steps, List<ObjectRows> objects, List<CheckOutcome> checks,
      List<MutationOutcome> mutations, List<String> unstable, List<String> problems) {
    this(data, steps, objects, checks, mutations, unstable, problems, List.of());
  }

  /** One timed step. */
  public record Step(String name, long millis) {}

  /** Rows of one built object. */
  public record ObjectRows(String object, String kind, long rows) {}

  /** A check that did not fail although its data was made to violate it. */
  public record MutationOutcome(String check, String mutation, boolean killed) {}

  /** Load problems, error-level check failures, surviving mutants and unstable objects: what fails a build. */
  public List<String> errors() {
    List<String> out = new java.util.ArrayList<>(problems);
    checks.stream().filter(c -> c.status() == CheckOutcome.Status.FAIL).forEach(c -> out.add(c.round() + ": " + c.message()));
    mutations.stream().filter(m -> !m.killed())
        .forEach(m -> out.add("check " + m.check() + " cannot fail: it passed after " + m.mutation()));
    unstable.forEach(o -> out.add(o + " changed on a build with no new data (the build is not idempotent)"));
    return out;
  }

  /** Check outcomes with the given status. */
  public long count(CheckOutcome.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }
}
