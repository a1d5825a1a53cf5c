package io.datapact.generator.verify;

import io.datapact.model.Field;
import java.util.random.RandomGenerator;

/**
 * Strings of a field: plausible PII for PII fields ({@link FakePii}), text matching the pattern,
 * words otherwise; always within the length bounds, and never with spaces at either end (so
 * {@code trim} changes nothing) nor empty (so {@code null_if_empty} changes nothing).
 */
final class TextValues {
  private static final int ATTEMPTS = 200;
  private static final String[] WORDS = {"alpha", "amber", "basil", "birch", "cedar", "clover", "coral", "delta",
      "ember", "fern", "flint", "garnet", "harbor", "hazel", "indigo", "ivory", "juniper", "lagoon", "linen", "maple",
      "meadow", "nova", "olive", "onyx", "pebble", "pine", "quartz", "raven", "river", "saffron", "sage", "slate",
      "spruce", "summit", "thistle", "tide", "umber", "willow", "yarrow", "zephyr"};
  private static final String[] COUNTRIES = {"US", "CA", "GB", "DE", "FR", "NL", "ES", "IT", "AU", "JP", "BR", "IN"};
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private TextValues() {}

  /** The draw of a string field's values. */
  static Draw of(Field f) {
    int min = f.length() == null || f.length().min() == null ? 1 : Math.max(1, f.length().min());
    int max = f.length() == null || f.length().max() == null ? Integer.MAX_VALUE : f.length().max();
    Draw pii = f.pii() == null ? null : FakePii.of(f.pii(), f.name());
    if (f.pattern() != null) {
      return patterned(f, RegexGenerator.of(f.pattern()), pii, min, max);
    }
    if (pii != null) {
      return r -> fit(r, (String) pii.next(r), min, max);
    }
    if (max == 2 && min == 2) {
      return r -> COUNTRIES[r.nextInt(COUNTRIES.length)];
    }
    return r -> words(r, min, Math.min(max, Math.max(min, 24))); // without a maximum, short texts
  }

  /**
   * Pattern fields: the PII value when it matches the pattern and length (a Luhn-valid card number
   * matches {@code ^[0-9]{15,16}$}), else generated text that does. Refused up front when no
   * sample fits, so a contradiction between pattern and length is reported before any row.
   */
  private static Draw patterned(Field f, RegexGenerator pattern, Draw pii, int min, int max) {
    Draw draw = r -> {
      if (pii != null) {
        String value = (String) pii.next(r);
        if (fits(value, min, max) && pattern.matches(value)) {
          return value;
        }
      }
      for (int k = 0; k < ATTEMPTS; k++) {
        String value = pattern.next(r);
        if (fits(value, min, max)) {
          return value;
        }
      }
      return null;
    };
    java.util.SplittableRandom probe = new java.util.SplittableRandom(f.pattern().hashCode());
    if (draw.next(probe) == null) {
      throw new IllegalArgumentException("no text of pattern '" + f.pattern()
          + "' found within length " + min + ".." + (max == Integer.MAX_VALUE ? "" : max) + " in " + ATTEMPTS + " attempts");
    }
    return r -> {
      Object value = draw.next(r);
      if (value == null) {
        throw new IllegalStateException(f.name() + ": no text of pattern '" + f.pattern()
            + "' found within length " + min + ".." + (max == Integer.MAX_VALUE ? "" : max) + " in " + ATTEMPTS + " attempts");
      }
      return value;
    };
  }

  private static boolean fits(String value, int min, int max) {
    return value.length() >= min && value.length() <= max && value.strip().equals(value);
  }

  /** Cuts or pads (with letters) a value into the length bounds. */
  private static String fit(RandomGenerator r, String value, int min, int max) {
    String out = value.length() > max ? value.substring(0, max).strip() : value;
    StringBuilder padded = new StringBuilder(out);
    while (padded.length() < min) {
      padded.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
    }
    return padded.toString();
  }

  /**
   * Whole words joined by spaces, about a random length between the bounds: words are added while
   * they fit; a first word that does not fit is cut, and text below the minimum is padded with letters.
   */
  static String words(RandomGenerator r, int min, int max) {
    int target = min + r.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder(word(r));
    while (out.length() < target) {
      String next = word(r);
      if (out.length() + 1 + next.length() > target) {
        break;
      }
      out.append(' ').append(next);
    }
    return fit(r, out.toString(), min, max);
  }

  /** One word of the vocabulary. */
  static String word(RandomGenerator r) {
    return WORDS[r.nextInt(WORDS.length)];
  }
}
