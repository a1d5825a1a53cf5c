package io.datapact.compat;

import java.util.Locale;

/** Who a change hurts. */
public enum Breaks {
  /** Nobody: a compatible change. */
  NOBODY,
  /** Whoever loads raw data: rows that passed before may now fail. */
  PRODUCERS,
  /** Whoever reads the dataset: queries may see what they were promised not to. */
  CONSUMERS,
  /** Both sides. */
  BOTH;

  /** Lower-case name as in the rule table and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a lower-case name. */
  public static Breaks of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
