package io.datapact.generator.verify;

import java.util.List;
import java.util.random.RandomGenerator;

/** A parsed regular expression, read as a recipe for text it matches. */
interface RegexNode {
  /** Appends one random text this node matches. */
  void emit(RandomGenerator random, StringBuilder out);

  /** One character out of a set. */
  record Chars(char[] members) implements RegexNode {
    @Override
    public void emit(RandomGenerator random, StringBuilder out) {
      out.append(members[random.nextInt(members.length)]);
    }
  }

  /** Fixed text, such as a quoted literal; empty for anchors. */
  record Text(String text) implements RegexNode {
    @Override
    public void emit(RandomGenerator random, StringBuilder out) {
      out.append(text);
    }
  }

  /** Parts one after the other. */
  record Sequence(List<RegexNode> parts) implements RegexNode {
    @Override
    public void emit(RandomGenerator random, StringBuilder out) {
      for (RegexNode part : parts) {
        part.emit(random, out);
      }
    }
  }

  /** One of several alternatives. */
  record Choice(List<RegexNode> options) implements RegexNode {
    @Override
    public void emit(RandomGenerator random, StringBuilder out) {
      options.get(random.nextInt(options.size())).emit(random, out);
    }
  }

  /** A node repeated between {@code min} and {@code max} times, both inclusive. */
  record Repeat(RegexNode node, int min, int max) implements RegexNode {
    @Override
    public void emit(RandomGenerator random, StringBuilder out) {
      int times = min + random.nextInt(max - min + 1);
      for (int k = 0; k < times; k++) {
        node.emit(random, out);
      }
    }
  }
}
