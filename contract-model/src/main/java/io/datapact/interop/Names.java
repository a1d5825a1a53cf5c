package io.datapact.interop;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Names of other formats turned into datapact names: lower snake case within datapact's limits. */
final class Names {
  /** Longest contract id, {@code domain.name}. */
  static final int MAX_ID = 40;
  /** Longest field name in UTF-8 bytes. */
  static final int MAX_FIELD_BYTES = 54;

  private Names() {}

  /**
   * {@code DataValue -> data_value}, {@code UniqueID -> unique_id}, {@code orders-latest ->
   * orders_latest}: word boundaries become '_', everything but ASCII letters and digits too, and
   * the result starts with a letter ({@code n_} is put before a leading digit). Lower snake names
   * come back unchanged. Empty input gives {@code fallback}.
   */
  static String snake(String text, String fallback) {
    StringBuilder out = new StringBuilder();
    String s = text == null ? "" : text.trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
      if (!letterOrDigit) {
        out.append('_');
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char prev = s.charAt(i - 1);
        boolean next = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || Character.isUpperCase(prev) && next) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    String snake = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    if (snake.isEmpty()) {
      return fallback;
    }
    return Character.isDigit(snake.charAt(0)) ? "n_" + snake : snake;
  }

  /** {@code domain.name} within {@link #MAX_ID} characters: the name is cut first, then the domain. */
  static String id(String domain, String name) {
    String d = domain;
    String n = name;
    if (d.length() + 1 + n.length() > MAX_ID) {
      n = cut(n, Math.max(MAX_ID - 1 - d.length(), MAX_ID / 2));
      d = cut(d, MAX_ID - 1 - n.length());
    }
    return d + "." + n;
  }

  /** A field name: snake case, at most {@link #MAX_FIELD_BYTES} bytes (all ASCII after snake). */
  static String field(String name) {
    return cut(snake(name, "field"), MAX_FIELD_BYTES);
  }

  /** {@code base}, or {@code base_2}, {@code base_3} ... when taken, within {@code max} characters. */
  static String unique(String base, Set<String> taken, int max) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      String suffix = "_" + i;
      String candidate = cut(base, max - suffix.length()) + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String cut(String s, int max) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= max) {
      return s;
    }
    return s.substring(0, max).replaceAll("_+$", "").toLowerCase(Locale.ROOT);
  }
}
