package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.model.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegexGeneratorTest {
  static Stream<String> patterns() {
    List<String> all = new ArrayList<>(List.of(
        "abc", "^a\\.b\\-c\\+d\\\\e$", "[a-z]", "[^a-z0-9]{3}", "[\\d_]+", "[-a]", "[a-]", "[]a]", "[\\]x]",
        "\\d\\w\\s\\D\\W\\S", "colou?r", "ab*c", "ab+c", "x{3}", "x{2,}", "x{1,4}y", "a*?b+?c??",
        "(ab|cd)+", "(?:ab|c)(?<name>d|ef){2}", "^(cat|dog|bird)$", "^$|^x$", "a|b|c", "((a|b)c){2,3}",
        "\\Qa.b*c\\E[0-9]", "\\x41\\u00e9\\t", "\\A[A-Z]{2}\\z", ".{5}", "[\\x20-\\x22]", "[\\u00e0-\\u00e5]{2}"));
    TestContracts.examples().stream().flatMap(c -> c.fields().stream()).map(Field::pattern).filter(Objects::nonNull)
        .forEach(all::add);
    return all.stream().distinct();
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void everyGeneratedTextMatchesThePattern(String pattern) {
    RegexGenerator generator = RegexGenerator.of(pattern);
    Pattern regex = Pattern.compile(pattern);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 500; i++) {
      String text = generator.next(random);
      assertThat(regex.matcher(text).matches()).as("'%s' matches %s", text, pattern).isTrue();
    }
  }

  @Test
  void alternativesAndRepetitionsAreAllReached() {
    RegexGenerator generator = RegexGenerator.of("^(cat|dog)[0-9]{1,2}$");
    Set<String> seen = new HashSet<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 2_000; i++) {
      seen.add(generator.next(random));
    }
    assertThat(seen).contains("cat1", "dog7", "cat42", "dog99");
    assertThat(seen.stream().map(String::length)).contains(4, 5);
  }

  @Test
  void theSameSeedGivesTheSameTexts() {
    RegexGenerator generator = RegexGenerator.of("^CLM-[0-9]{8}$");
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      assertThat(generator.next(a)).isEqualTo(generator.next(b));
    }
  }

  @Test
  void unsupportedConstructsAreRefusedWithWhatAndWhere() {
    assertThatThrownBy(() -> RegexGenerator.of("^(?=a)b$")).hasMessageContaining("look-around at index 1");
    assertThatThrownBy(() -> RegexGenerator.of("(?<!a)b")).hasMessageContaining("look-around");
    assertThatThrownBy(() -> RegexGenerator.of("(a)\\1")).hasMessageContaining("the back-reference '\\1'");
    assertThatThrownBy(() -> RegexGenerator.of("(?i)abc")).hasMessageContaining("the group construct '(?i'");
    assertThatThrownBy(() -> RegexGenerator.of("a*+")).hasMessageContaining("the possessive quantifier '*+'");
    assertThatThrownBy(() -> RegexGenerator.of("\\bword\\b")).hasMessageContaining("the escape '\\b'");
    assertThatThrownBy(() -> RegexGenerator.of("\\p{L}+")).hasMessageContaining("the escape '\\p'");
    assertThatThrownBy(() -> RegexGenerator.of("[a-z&&[^aeiou]]")).hasMessageContaining("nested class or class intersection");
    assertThatThrownBy(() -> RegexGenerator.of("a^b")).hasMessageContaining("anchors (^ $) are supported only at the ends");
    assertThatThrownBy(() -> RegexGenerator.of("[^\\x00-\\x7f]")).hasMessageContaining("matches no printable character");
    assertThatThrownBy(() -> RegexGenerator.of("(?=x)")).hasMessageStartingWith("pattern '(?=x)': ")
        .hasMessageEndingWith("is not supported by the synthetic data generator");
  }
}
