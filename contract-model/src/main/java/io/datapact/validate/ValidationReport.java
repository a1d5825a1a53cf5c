package io.datapact.validate;

import io.datapact.problem.Problem;
import java.util.List;

/**
 * What a validation run found: the contracts that could be read and every problem.
 *
 * @param files how many files were read
 * @param contracts the contracts that passed the schema (semantic problems may still apply)
 */
public record ValidationReport(int files, List<LoadedContract> contracts, List<Problem> problems) {
  public ValidationReport {
    contracts = List.copyOf(contracts);
    problems = List.copyOf(problems);
  }

  /** Problems that fail a build. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** Problems reported only. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** True when nothing fails the build. */
  public boolean ok() {
    return errors().isEmpty();
  }

  /** Fields over all contracts read. */
  public int fieldCount() {
    return contracts.stream().mapToInt(c -> c.contract().fields().size()).sum();
  }

  /** One line: {@code 7 contract files, 64 fields, 0 errors, 1 warning}. */
  public String summary() {
    return plural(files, "contract file") + ", " + plural(fieldCount(), "field") + ", "
        + plural(errors().size(), "error") + ", " + plural(warnings().size(), "warning");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
