package io.datapact.compat;

import java.util.List;

/**
 * Every comparison and finding of one compat run, with notes about the acceptances file.
 *
 * @param notes warnings about acceptances that expired or match nothing
 */
public record CompatResult(List<ContractComparison> comparisons, List<Finding> findings, List<String> notes) {
  public CompatResult {
    comparisons = List.copyOf(comparisons);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Findings that fail the build. */
  public List<Finding> errors() {
    return at(Level.ERROR);
  }

  /** Findings that warn. */
  public List<Finding> warnings() {
    return at(Level.WARNING);
  }

  private List<Finding> at(Level level) {
    return findings.stream().filter(f -> f.level() == level).toList();
  }

  /** Findings of privacy rules, whatever their outcome: they are always reported. */
  public List<Finding> privacy() {
    return findings.stream().filter(f -> f.change().rule().privacy()).toList();
  }

  /** One line: how many contracts and changes, and how many fail or warn. */
  public String summary() {
    long changed = comparisons.stream().filter(c -> !c.changes().isEmpty()).count();
    long accepted = findings.stream().filter(f -> f.outcome() == Finding.Outcome.ACCEPTED).count();
    return comparisons.size() + " contracts compared, " + changed + " changed, " + findings.size() + " changes, "
        + errors().size() + " errors, " + (warnings().size() + notes.size()) + " warnings, " + accepted + " accepted";
  }
}
