package io.datapact.model;

import java.time.Duration;

/** Durations as contracts write them: a whole number and a unit, {@code 15m}, {@code 24h}, {@code 3d}. */
public final class Durations {
  private Durations() {}

  /** Parses a duration; the schema has already checked its form. */
  public static Duration parse(String text) {
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      default -> throw new IllegalArgumentException("not a duration: " + text);
    };
  }
}
