package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Row filters and checks are single boolean expressions: no statement separators, comments,
 * statement keywords, unbalanced quotes or parentheses, and placeholders with plain names. This
 * is what keeps a contract from injecting SQL.
 */
public final class ExpressionUnsafe implements Rule {
  private static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*");

  @Override
  public String id() {
    return "expression-unsafe";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Expressions.Located> all = new ArrayList<>(Expressions.rowFilters(c.contract()));
    all.addAll(Expressions.checks(c.contract()));
    for (Expressions.Located e : all) {
      String reason = e.expression().unsafeReason();
      if (reason != null) {
        report.at(e.pointer(), e.what() + " " + reason, "write one boolean expression over the contract's fields");
        continue;
      }
      for (String parameter : e.expression().parameters()) {
        if (!PARAMETER.matcher(parameter).matches()) {
          report.at(e.pointer(), e.what() + " has a placeholder '{{ " + parameter + " }}' that is not a plain name",
              "name placeholders in lower case letters, digits and '_'");
        }
      }
    }
  }
}
