package io.datapact.compat;

import java.util.Locale;

/** What a change costs when the declared bump is smaller than the one it needs. */
public enum Level {
  /** Noted in the report only. */
  INFO,
  /** Logged as a warning; fails the build only when warnings do. */
  WARNING,
  /** Fails the build. */
  ERROR;

  /** Lower-case name as in the rule table and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a lower-case name. */
  public static Level of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
