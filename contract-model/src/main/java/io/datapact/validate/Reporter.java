package io.datapact.validate;

import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.yaml.Pointers;
import io.datapact.yaml.SourceDocument;

/** Where a rule reports problems for one contract; positions come from JSON pointers. */
public final class Reporter {
  private final Rule rule;
  private final SourceDocument source;
  private final Problems problems;

  Reporter(Rule rule, SourceDocument source, Problems problems) {
    this.rule = rule;
    this.source = source;
    this.problems = problems;
  }

  /** Reports a problem with the value at {@code pointer}. */
  public void at(String pointer, String message, String hint) {
    add(source.valueAt(pointer), pointer, message, hint);
  }

  /** Reports a problem with the key of the member at {@code pointer} (e.g. a whole field entry). */
  public void atKey(String pointer, String message, String hint) {
    add(source.keyAt(pointer), pointer, message, hint);
  }

  private void add(Position position, String pointer, String message, String hint) {
    problems.add(new Problem(rule.id(), rule.severity(), source.file(), position,
        Pointers.display(pointer), message, hint));
  }
}
