package io.datapact.compat;

/**
 * A change judged against the declared bump and the acceptances.
 *
 * @param acceptance the acceptance that covers the change, or null
 */
public record Finding(ContractComparison comparison, Change change, Outcome outcome, Acceptance acceptance) {

  /** What became of a change. */
  public enum Outcome {
    /** The declared bump covers the change. */
    ALLOWED,
    /** The declared bump is too small but the acceptances file accepts the change. */
    ACCEPTED,
    /** The declared bump is too small; the rule's severity says what that costs. */
    VIOLATION
  }

  /** The severity that counts: the rule's for a violation, info otherwise. */
  public Level level() {
    return outcome == Outcome.VIOLATION ? change.rule().severity() : Level.INFO;
  }

  /** The full line for logs: rule, contract, path, message, bump needed and declared. */
  public String describe() {
    CompatRule rule = change.rule();
    StringBuilder out = new StringBuilder();
    out.append('[').append(rule.id()).append("] ").append(change.contract());
    if (!change.path().isEmpty()) {
      out.append(' ').append(change.path());
    }
    out.append(": ").append(change.message()).append(" (").append(change.oldValue()).append(" -> ")
        .append(change.newValue()).append("; breaks ").append(rule.breaks().label());
    if (rule.privacy()) {
      out.append("; privacy");
    }
    out.append("); needs a ").append(rule.bump().label()).append(" bump, ").append(declaredText());
    return out.toString();
  }

  private String declaredText() {
    ContractComparison c = comparison;
    if (c.oldVersion() == null) {
      return "new contract " + c.newVersion();
    }
    if (c.newVersion() == null) {
      return "contract removed at " + c.oldVersion();
    }
    return "declared " + c.declared().label() + " (" + c.oldVersion() + " -> " + c.newVersion() + ")";
  }

  /** The entry that accepts this change, to paste under {@code accepted:}. */
  public String acceptanceEntry() {
    return Acceptance.entryFor(change, comparison.acceptanceVersion());
  }
}
