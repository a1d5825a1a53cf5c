package io.datapact.validate.rules;

import io.datapact.model.Expression;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** A check expression refers to the contract's own fields only; unsafe ones are left to expression-unsafe. */
public final class CheckFieldUnknown implements Rule {
  @Override
  public String id() {
    return "check-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    for (Expressions.Located e : Expressions.checks(c.contract())) {
      if (e.expression().unsafeReason() != null) {
        continue; // expression-unsafe reports it; its words need not be columns
      }
      for (Expression.Token column : e.expression().columns()) {
        if (!Expressions.isField(c.contract(), column)) {
          report.at(e.pointer(), e.what() + " uses '" + column.value() + "', which is not a field of "
              + c.contract().id(), Fields.hint(c.contract(), column.value()));
        }
      }
    }
  }
}
