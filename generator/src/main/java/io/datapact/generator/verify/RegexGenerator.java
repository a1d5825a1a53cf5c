package io.datapact.generator.verify;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * Random text that matches a contract's {@code pattern}.
 *
 * <pre>{@code
 * RegexGenerator claims = RegexGenerator.of("^CLM-[0-9]{8}$");
 * String id = claims.next(random);   // CLM-40213377
 * }</pre>
 *
 * <p>Supports the subset {@link RegexParser} reads. Unbounded quantifiers repeat at most
 * {@value RegexParser#UNBOUNDED_EXTRA} times more than their minimum. A pattern the generator
 * cannot follow is refused when it is compiled, never later: besides parsing, sample texts are
 * checked against {@link Pattern} (which catches anchors in the middle of a pattern, for instance).
 */
public final class RegexGenerator {
  private static final int SAMPLES = 32;

  private final String pattern;
  private final RegexNode root;
  private final Pattern compiled;

  private RegexGenerator(String pattern, RegexNode root) {
    this.pattern = pattern;
    this.root = root;
    this.compiled = Pattern.compile(pattern);
  }

  /**
   * A generator for {@code pattern}.
   *
   * @throws IllegalArgumentException naming the construct that is not supported
   */
  public static RegexGenerator of(String pattern) {
    RegexGenerator generator = new RegexGenerator(pattern, RegexParser.parse(pattern));
    SplittableRandom random = new SplittableRandom(pattern.hashCode());
    for (int k = 0; k < SAMPLES; k++) {
      String sample = generator.next(random);
      if (!generator.matches(sample)) {
        throw new IllegalArgumentException("pattern '" + pattern + "': the synthetic data generator wrote '" + sample
            + "', which does not match it; anchors (^ $) are supported only at the ends of alternatives");
      }
    }
    return generator;
  }

  /** One random text that matches the pattern. */
  public String next(RandomGenerator random) {
    StringBuilder out = new StringBuilder();
    root.emit(random, out);
    return out.toString();
  }

  /** Whether {@code text} matches the pattern somewhere, as {@code regexp_matches} does. */
  public boolean matches(String text) {
    return compiled.matcher(text).find();
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }
}
