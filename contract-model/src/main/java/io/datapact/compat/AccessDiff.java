package io.datapact.compat;

import io.datapact.model.RoleAccess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Changes to who may see a dataset: roles granted or revoked, masking per role and row filters. */
final class AccessDiff {
  private AccessDiff() {}

  static void diff(Map<String, RoleAccess> before, Map<String, RoleAccess> after, Changes out) {
    Set<String> roles = new TreeSet<>(before.keySet());
    roles.addAll(after.keySet());
    for (String role : roles) {
      String path = "access." + role;
      RoleAccess oldAccess = before.get(role);
      RoleAccess newAccess = after.get(role);
      if (oldAccess == null) {
        out.add("role-added", path, null, describe(newAccess));
      } else if (newAccess == null) {
        out.add("role-removed", path, describe(oldAccess), null);
      } else {
        role(oldAccess, newAccess, path, out);
      }
    }
  }

  private static void role(RoleAccess before, RoleAccess after, String path, Changes out) {
    if (before.masked() && !after.masked()) {
      out.add("role-unmasked", path + ".masked", true, false);
    } else if (!before.masked() && after.masked()) {
      out.add("role-masked", path + ".masked", false, true);
    }
    out.ifDiffers("role-write-changed", path + ".write", before.write(), after.write());
    String rule = rowFilter(before.rowFilter(), after.rowFilter());
    if (rule != null) {
      out.add(rule, path + ".rowFilter", Canonical.text(before.rowFilter()), Canonical.text(after.rowFilter()));
    }
  }

  /** How a row filter changed, or null when it did not. */
  static String rowFilter(String before, String after) {
    if (before == null && after == null) {
      return null;
    }
    if (after == null) {
      return "row-filter-widened";
    }
    if (before == null) {
      return "row-filter-narrowed";
    }
    Set<String> oldTerms = conjuncts(before);
    Set<String> newTerms = conjuncts(after);
    if (oldTerms.equals(newTerms)) {
      return null;
    }
    // Fewer terms joined by AND let more rows through; more terms let fewer through.
    if (oldTerms.containsAll(newTerms)) {
      return "row-filter-widened";
    }
    if (newTerms.containsAll(oldTerms)) {
      return "row-filter-narrowed";
    }
    return "row-filter-changed";
  }

  /**
   * The terms of an expression joined by a top-level {@code and}, whitespace collapsed; quotes and
   * parentheses are respected, so {@code (a and b) or c} is one term.
   */
  static Set<String> conjuncts(String expression) {
    List<String> terms = new ArrayList<>();
    String text = Canonical.text(expression);
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ' ' && text.regionMatches(true, i, " and ", 0, 5)) {
        terms.add(text.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    terms.add(text.substring(start));
    Set<String> out = new LinkedHashSet<>();
    terms.forEach(t -> out.add(unwrap(t.trim())));
    return out;
  }

  /** A term without parentheses around all of it. */
  private static String unwrap(String term) {
    String t = term;
    while (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String describe(RoleAccess access) {
    List<String> parts = new ArrayList<>();
    parts.add(access.masked() ? "masked" : "unmasked");
    if (access.write()) {
      parts.add("write");
    }
    if (access.rowFilter() != null) {
      parts.add("rows where " + Canonical.text(access.rowFilter()));
    }
    return String.join(", ", parts);
  }
}
