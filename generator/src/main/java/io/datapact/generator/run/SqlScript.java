package io.datapact.generator.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL file into statements at semicolons outside quotes, dollar-quoted bodies
 * ({@code $tag$ ... $tag$}, PostgreSQL) and comments; comments are dropped.
 */
public final class SqlScript {
  private SqlScript() {}

  /** The statements of {@code script}, trimmed, without the terminating semicolons or empty ones. */
  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = script.length();
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < n) {
          if (script.charAt(end) == c) {
            if (end + 1 < n && script.charAt(end + 1) == c) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        current.append(script, i, Math.min(n, end + 1));
        i = end + 1;
      } else if (c == '$' && dollarTag(script, i) != null) {
        String tag = dollarTag(script, i);
        int close = script.indexOf(tag, i + tag.length());
        int end = close < 0 ? n : close + tag.length();
        current.append(script, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
        current.append('\n');
      } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        current.append(' ');
      } else if (c == ';') {
        add(statements, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /** The dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or null. */
  private static String dollarTag(String script, int i) {
    int j = i + 1;
    while (j < script.length() && (Character.isLetter(script.charAt(j)) || script.charAt(j) == '_')) {
      j++;
    }
    return j < script.length() && script.charAt(j) == '$' ? script.substring(i, j + 1) : null;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
  }
}
