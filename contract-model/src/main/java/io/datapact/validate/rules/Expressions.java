package io.datapact.validate.rules;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Expression;
import io.datapact.model.RoleAccess;
import io.datapact.validate.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL expressions of a contract (row filters and checks) with their pointers. */
final class Expressions {
  private Expressions() {}

  /** An expression and where it is. */
  record Located(String pointer, String what, Expression expression) {}

  static List<Located> rowFilters(Contract contract) {
    List<Located> out = new ArrayList<>();
    for (Map.Entry<String, RoleAccess> e : contract.access().entrySet()) {
      if (e.getValue().rowFilter() != null) {
        out.add(new Located(Pointer.of("access", e.getKey(), "rowFilter"), "row filter of role '" + e.getKey() + "'",
            Expression.parse(e.getValue().rowFilter())));
      }
    }
    return out;
  }

  static List<Located> checks(Contract contract) {
    List<Located> out = new ArrayList<>();
    List<Check> checks = contract.checks();
    for (int i = 0; i < checks.size(); i++) {
      out.add(new Located(Pointer.of("checks", i, "expression"), "check '" + checks.get(i).name() + "'",
          Expression.parse(checks.get(i).expression())));
    }
    return out;
  }

  /** Whether a column token names a field: quoted names exactly, bare names ignoring case. */
  static boolean isField(Contract contract, Expression.Token token) {
    if (token.kind() == Expression.Kind.QUOTED_IDENTIFIER) {
      return contract.field(token.value()).isPresent();
    }
    return contract.fields().stream()
        .anyMatch(f -> f.name().toLowerCase(Locale.ROOT).equals(token.lower()));
  }
}
