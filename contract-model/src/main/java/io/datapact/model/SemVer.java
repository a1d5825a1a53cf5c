package io.datapact.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version (semver.org 2.0.0), ordered by precedence; build metadata is ignored. */
public record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  /** Parses {@code 1.2.3}, {@code 1.2.3-rc.1} or {@code 1.2.3+build}; empty when it is not semver. */
  public static Optional<SemVer> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4)));
  }

  @Override
  public int compareTo(SemVer other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c != 0) {
      return c;
    }
    if (preRelease == null || other.preRelease == null) {
      // A release ranks above its pre-releases.
      return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
    }
    return comparePreRelease(preRelease, other.preRelease);
  }

  private static int comparePreRelease(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      boolean leftNumeric = left[i].chars().allMatch(Character::isDigit);
      boolean rightNumeric = right[i].chars().allMatch(Character::isDigit);
      int c;
      if (leftNumeric && rightNumeric) {
        c = new java.math.BigInteger(left[i]).compareTo(new java.math.BigInteger(right[i]));
      } else if (leftNumeric || rightNumeric) {
        c = leftNumeric ? -1 : 1;
      } else {
        c = left[i].compareTo(right[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
  }
}
