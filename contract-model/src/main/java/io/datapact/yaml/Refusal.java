package io.datapact.yaml;

import io.datapact.problem.Position;

/** Ends reading at the first construct datapact refuses; reported once, with its rule id. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String rule;
  private final transient Position position;
  private final String hint;

  Refusal(String rule, Position position, String message, String hint) {
    super(message, null, false, false);
    this.rule = rule;
    this.position = position;
    this.hint = hint;
  }

  String rule() {
    return rule;
  }

  Position position() {
    return position;
  }

  String hint() {
    return hint;
  }
}
