package io.datapact.generator.verify;

import java.util.BitSet;

/**
 * A position in a pattern with the lexical part of parsing: escapes and character classes. Sets
 * are kept as {@link BitSet}s of characters; negations are taken within printable ASCII, which is
 * what the generator writes.
 */
final class RegexCursor {
  private static final char FIRST_PRINTABLE = 0x20;
  private static final char LAST_PRINTABLE = 0x7e;

  final String p;
  int i;

  RegexCursor(String pattern) {
    this.p = pattern;
  }

  boolean more() {
    return i < p.length();
  }

  char peek() {
    return p.charAt(i);
  }

  boolean at(String text) {
    return p.startsWith(text, i);
  }

  /** The escape at {@code i} ({@code \d}, {@code \.}, {@code \Q..\E}, an anchor), advancing past it. */
  RegexNode escape() {
    if (i + 1 >= p.length()) {
      throw error("a trailing backslash");
    }
    char e = p.charAt(i + 1);
    if (e == 'Q') {
      int end = p.indexOf("\\E", i + 2);
      String quoted = p.substring(i + 2, end < 0 ? p.length() : end);
      i = end < 0 ? p.length() : end + 2;
      return new RegexNode.Text(quoted);
    }
    if (e == 'A' || e == 'z' || e == 'Z') {
      i += 2;
      return new RegexNode.Text("");
    }
    BitSet set = classEscape();
    return set != null ? new RegexNode.Chars(members(set)) : new RegexNode.Text(String.valueOf(literalEscape()));
  }

  /** {@code \d \D \w \W \s \S} at {@code i} as a set, advancing past it; null for any other escape. */
  private BitSet classEscape() {
    char e = p.charAt(i + 1);
    if ("dDwWsS".indexOf(e) < 0) {
      return null;
    }
    i += 2;
    return named(Character.toLowerCase(e), Character.isUpperCase(e));
  }

  /** A single escaped character at {@code i}, advancing past it. */
  private char literalEscape() {
    int at = i;
    char e = p.charAt(i + 1);
    i += 2;
    return switch (e) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'x', 'u' -> hex(at, e == 'x' ? 2 : 4);
      default -> {
        if (Character.isLetterOrDigit(e)) {
          i = at;
          throw error(e >= '1' && e <= '9' || e == 'k' ? "the back-reference '\\" + e + "'" : "the escape '\\" + e + "'");
        }
        yield e;
      }
    };
  }

  private char hex(int at, int digits) {
    String text = i + digits <= p.length() ? p.substring(i, i + digits) : "";
    if (!text.matches("[0-9a-fA-F]{" + digits + "}")) {
      i = at;
      throw error("the escape '" + p.substring(at, Math.min(p.length(), at + 2 + digits)) + "'");
    }
    i += digits;
    return (char) Integer.parseInt(text, 16);
  }

  /** The character class at {@code i} ({@code [...]}), advancing past it. */
  RegexNode charClass() {
    int at = i++;
    boolean negated = more() && peek() == '^';
    i += negated ? 1 : 0;
    BitSet set = new BitSet();
    boolean first = true;
    while (more() && (peek() != ']' || first)) {
      first = false;
      if (peek() == '[' || at("&&")) {
        throw error("a nested class or class intersection");
      }
      BitSet named = peek() == '\\' && i + 1 < p.length() ? classEscape() : null;
      if (named != null) {
        set.or(named);
      } else {
        range(set);
      }
    }
    if (!more()) {
      i = at;
      throw error("an unclosed character class");
    }
    i++;
    return new RegexNode.Chars(members(negated ? complement(set) : set));
  }

  private void range(BitSet set) {
    char from = member();
    if (i + 1 < p.length() && peek() == '-' && p.charAt(i + 1) != ']') {
      i++;
      char to = member();
      if (to < from) {
        throw error("the inverted range '" + from + "-" + to + "'");
      }
      set.set(from, to + 1);
    } else {
      set.set(from);
    }
  }

  private char member() {
    return peek() == '\\' ? literalEscape() : p.charAt(i++);
  }

  /** The members of {@code .}: letters, digits and underscore, so that generated text stays readable. */
  RegexNode dot() {
    i++;
    return new RegexNode.Chars(members(named('w', false)));
  }

  /** {@code \d}, {@code \w}, {@code \s} (by lower-case letter), or their complement. */
  private static BitSet named(char kind, boolean negated) {
    BitSet set = new BitSet();
    if (kind == 's') {
      set.set(' ');
    } else {
      set.set('0', '9' + 1);
    }
    if (kind == 'w') {
      set.set('a', 'z' + 1);
      set.set('A', 'Z' + 1);
      set.set('_');
    }
    return negated ? complement(set) : set;
  }

  private static BitSet complement(BitSet set) {
    BitSet out = new BitSet();
    out.set(FIRST_PRINTABLE, LAST_PRINTABLE + 1);
    out.andNot(set);
    return out;
  }

  private char[] members(BitSet set) {
    if (set.isEmpty()) {
      throw error("a character class that matches no printable character");
    }
    char[] out = new char[set.cardinality()];
    int k = 0;
    for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
      out[k++] = (char) c;
    }
    return out;
  }

  IllegalArgumentException error(String what) {
    return new IllegalArgumentException("pattern '" + p + "': " + what + " at index " + i
        + " is not supported by the synthetic data generator");
  }
}
