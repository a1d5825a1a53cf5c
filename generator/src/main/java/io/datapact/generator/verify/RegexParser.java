package io.datapact.generator.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the subset of Java regular expressions contracts use into {@link RegexNode}s: literals,
 * escapes, character classes with ranges and negation, {@code . \d \w \s} and their negations,
 * quantifiers {@code ? * + {n} {n,} {n,m}} (lazy ones too), groups (plain, {@code (?:)} and named),
 * alternation, and the anchors {@code ^ $ \A \z \Z}. Everything else is refused with the
 * construct and its index: look-around, back-references, flags, possessive quantifiers, nested
 * classes, Unicode properties, word boundaries.
 */
final class RegexParser {
  /** How many more times than its minimum an unbounded quantifier ({@code * + {n,}}) repeats at most. */
  static final int UNBOUNDED_EXTRA = 3;

  private final RegexCursor c;

  private RegexParser(String pattern) {
    this.c = new RegexCursor(pattern);
  }

  /** The tree of {@code pattern}; an {@link IllegalArgumentException} names what is not supported. */
  static RegexNode parse(String pattern) {
    RegexParser parser = new RegexParser(pattern);
    RegexNode root = parser.alternation();
    if (parser.c.more()) {
      throw parser.c.error("an unbalanced ')'");
    }
    return root;
  }

  private RegexNode alternation() {
    List<RegexNode> options = new ArrayList<>();
    options.add(sequence());
    while (c.more() && c.peek() == '|') {
      c.i++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new RegexNode.Choice(List.copyOf(options));
  }

  private RegexNode sequence() {
    List<RegexNode> parts = new ArrayList<>();
    while (c.more() && c.peek() != '|' && c.peek() != ')') {
      parts.add(quantified(atom()));
    }
    return parts.size() == 1 ? parts.get(0) : new RegexNode.Sequence(List.copyOf(parts));
  }

  private RegexNode atom() {
    char ch = c.peek();
    return switch (ch) {
      case '^', '$' -> {
        c.i++;
        yield new RegexNode.Text("");
      }
      case '(' -> group();
      case '[' -> c.charClass();
      case '.' -> c.dot();
      case '\\' -> c.escape();
      case '*', '+', '?', '{' -> throw c.error("a quantifier '" + ch + "' with nothing to repeat");
      default -> {
        c.i++;
        yield new RegexNode.Text(String.valueOf(ch));
      }
    };
  }

  private RegexNode quantified(RegexNode atom) {
    RegexNode node = atom;
    while (c.more() && "?*+{".indexOf(c.peek()) >= 0) {
      int at = c.i;
      char q = c.p.charAt(c.i++);
      int[] bounds = switch (q) {
        case '?' -> new int[] {0, 1};
        case '*' -> new int[] {0, UNBOUNDED_EXTRA};
        case '+' -> new int[] {1, 1 + UNBOUNDED_EXTRA};
        default -> braces(at);
      };
      if (c.more() && c.peek() == '+') {
        throw c.error("the possessive quantifier '" + c.p.substring(at, c.i + 1) + "'");
      }
      if (c.more() && c.peek() == '?') {
        c.i++; // lazy: matches the same texts
      }
      node = new RegexNode.Repeat(node, bounds[0], bounds[1]);
    }
    return node;
  }

  private int[] braces(int at) {
    int close = c.p.indexOf('}', c.i);
    String inside = close < 0 ? "" : c.p.substring(c.i, close);
    if (!inside.matches("\\d{1,4}(,\\d{0,4})?")) {
      c.i = at;
      throw c.error("the quantifier '" + c.p.substring(at, close < 0 ? c.p.length() : close + 1) + "'");
    }
    c.i = close + 1;
    int comma = inside.indexOf(',');
    int min = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
    if (comma < 0) {
      return new int[] {min, min};
    }
    String upper = inside.substring(comma + 1);
    int max = upper.isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(upper);
    if (max < min) {
      c.i = at;
      throw c.error("the quantifier '{" + inside + "}' whose maximum is below its minimum");
    }
    return new int[] {min, max};
  }

  private RegexNode group() {
    int at = c.i++;
    if (c.at("?:")) {
      c.i += 2;
    } else if (c.at("?<") && c.i + 2 < c.p.length() && Character.isLetter(c.p.charAt(c.i + 2))) {
      c.i = c.p.indexOf('>', c.i) + 1;
    } else if (c.more() && c.peek() == '?') {
      c.i = at;
      boolean lookAround = c.at("(?=") || c.at("(?!") || c.at("(?<");
      throw c.error(lookAround ? "look-around" : "the group construct '" + c.p.substring(at, Math.min(c.p.length(), at + 3)) + "'");
    }
    RegexNode inner = alternation();
    if (!c.more() || c.peek() != ')') {
      c.i = at;
      throw c.error("an unclosed group");
    }
    c.i++;
    return inner;
  }
}
