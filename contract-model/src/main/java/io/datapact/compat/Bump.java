package io.datapact.compat;

import io.datapact.model.SemVer;
import java.util.Locale;

/** A semantic version bump, from none to major, ordered by size. */
public enum Bump {
  NONE, PATCH, MINOR, MAJOR;

  /**
   * The bump from {@code before} to {@code after}; {@code null} when the version went down.
   *
   * <p>Below 1.0.0 semver promises nothing, so a minor bump there counts as major (as Cargo does).
   */
  public static Bump between(SemVer before, SemVer after) {
    int c = after.compareTo(before);
    if (c < 0) {
      return null;
    }
    if (after.major() != before.major()) {
      return MAJOR;
    }
    if (after.minor() != before.minor()) {
      return before.major() == 0 ? MAJOR : MINOR;
    }
    return after.patch() != before.patch() || c > 0 ? PATCH : NONE;
  }

  /** Whether this bump is at least {@code other}. */
  public boolean covers(Bump other) {
    return compareTo(other) >= 0;
  }

  /** Lower-case name as in the rule table and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a lower-case name. */
  public static Bump of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
