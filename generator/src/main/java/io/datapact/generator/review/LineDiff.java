package io.datapact.generator.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence), with three lines of context,
 * as {@code git diff} prints it; used for the generated SQL in review reports.
 */
public final class LineDiff {
  private static final int CONTEXT = 3;
  /** Beyond this many cells of the comparison table the diff is summarized instead. */
  private static final long MAX_CELLS = 16_000_000L;

  private LineDiff() {}

  /** The hunks turning {@code before} into {@code after}; empty when they are equal. */
  public static String unified(String before, String after) {
    List<String> a = before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
    List<String> b = after.isEmpty() ? List.of() : List.of(after.split("\n", -1));
    if (a.equals(b)) {
      return "";
    }
    if ((long) a.size() * b.size() > MAX_CELLS) {
      return "@@ too large to diff: " + a.size() + " lines -> " + b.size() + " lines @@\n";
    }
    return hunks(a, b, script(a, b));
  }

  /** One edit per line: ' ' kept, '-' removed, '+' added, in order. */
  private static List<Character> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Character> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(' ');
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        // Removals before additions, as git prints them.
        ops.add('-');
        i++;
      } else {
        ops.add('+');
        j++;
      }
    }
    return ops;
  }

  private static String hunks(List<String> a, List<String> b, List<Character> ops) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k) == ' ') {
        k++;
        continue;
      }
      // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
      // is at most 2 * CONTEXT kept lines away from the next one.
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int kept = 0;
      for (int e = k; e < ops.size() && kept <= 2 * CONTEXT; e++) {
        if (ops.get(e) == ' ') {
          kept++;
        } else {
          kept = 0;
          end = e;
        }
      }
      end = Math.min(ops.size() - 1, end + CONTEXT);
      int[] pos = positions(ops, start);
      int oldCount = 0;
      int newCount = 0;
      StringBuilder body = new StringBuilder();
      int ai = pos[0];
      int bi = pos[1];
      for (int e = start; e <= end; e++) {
        char op = ops.get(e);
        String line = op == '+' ? b.get(bi) : a.get(ai);
        body.append(op).append(line).append('\n');
        if (op != '+') {
          ai++;
          oldCount++;
        }
        if (op != '-') {
          bi++;
          newCount++;
        }
      }
      out.append("@@ -").append(range(pos[0], oldCount)).append(" +").append(range(pos[1], newCount))
          .append(" @@\n").append(body);
      k = end + 1;
    }
    return out.toString();
  }

  /** Line indexes in both texts where edit {@code upTo} starts. */
  private static int[] positions(List<Character> ops, int upTo) {
    int ai = 0;
    int bi = 0;
    for (int e = 0; e < upTo; e++) {
      if (ops.get(e) != '+') {
        ai++;
      }
      if (ops.get(e) != '-') {
        bi++;
      }
    }
    return new int[] {ai, bi};
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + "," + count;
  }
}
