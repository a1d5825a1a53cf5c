package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern is a regular expression that every engine runs the same way: it compiles, and it uses
 * no look-around or back-references (DuckDB's RE2 has neither).
 */
public final class PatternInvalid implements Rule {
  private static final String[][] LOOK_AROUND = {{"(?<=", "look-behind"}, {"(?<!", "negative look-behind"},
      {"(?=", "look-ahead"}, {"(?!", "negative look-ahead"}};

  @Override
  public String id() {
    return "pattern-invalid";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String pattern = fields.get(i).pattern();
      if (pattern == null) {
        continue;
      }
      String pointer = Pointer.field(i, "pattern");
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        report.at(pointer, "field '" + fields.get(i).name() + "': pattern does not compile: "
            + e.getDescription() + " near index " + e.getIndex(), "fix the regular expression");
        continue;
      }
      String unportable = unportable(pattern);
      if (unportable != null) {
        report.at(pointer, "field '" + fields.get(i).name() + "': pattern uses " + unportable,
            "rewrite it without look-around and back-references; DuckDB and PostgreSQL do not run them alike");
      }
    }
  }

  /**
   * The first look-around or back-reference in a compiling pattern, described with its index, or
   * null. Escaped characters ({@code \\1} is a backslash and a digit) and character classes
   * ({@code [(?=]}) are skipped, so they are not mistaken for either.
   */
  static String unportable(String pattern) {
    int classDepth = 0; // character classes nest in Java: [a-z&&[^aeiou]]
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        boolean numbered = next >= '1' && next <= '9';
        boolean named = next == 'k' && pattern.startsWith("<", i + 2);
        if (classDepth == 0 && (numbered || named)) {
          return "the back-reference '" + pattern.substring(i, backReferenceEnd(pattern, i)) + "' at index " + i;
        }
        if (next == 'Q') { // quoted up to \E
          int end = pattern.indexOf("\\E", i + 2);
          i = end < 0 ? pattern.length() : end + 1;
        } else {
          i++;
        }
      } else if (c == '[') {
        classDepth++;
        // A ']' right after '[' or '[^' is a member, not the end of the class.
        i += pattern.startsWith("^", i + 1) ? 1 : 0;
        i += pattern.startsWith("]", i + 1) ? 1 : 0;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (c == '(' && classDepth == 0) {
        for (String[] kind : LOOK_AROUND) {
          if (pattern.startsWith(kind[0], i)) {
            return "the " + kind[1] + " '" + kind[0] + "' at index " + i;
          }
        }
      }
    }
    return null;
  }

  private static int backReferenceEnd(String pattern, int i) {
    if (pattern.charAt(i + 1) == 'k') {
      int close = pattern.indexOf('>', i);
      return close < 0 ? pattern.length() : close + 1;
    }
    return i + 2;
  }
}
