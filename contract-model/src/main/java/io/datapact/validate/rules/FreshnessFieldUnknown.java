package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Sla;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** The freshness column is a field or the load time column. */
public final class FreshnessFieldUnknown implements Rule {
  @Override
  public String id() {
    return "freshness-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    Sla sla = contract.sla();
    if (sla == null || sla.freshness() == null || sla.freshness().column() == null) {
      return;
    }
    String column = sla.freshness().column();
    String loadedAt = contract.source().loadedAt();
    if (!column.equals(loadedAt) && contract.field(column).isEmpty()) {
      String hint = Fields.hint(contract, column);
      if (!hint.startsWith("did you mean")) {
        // The field list alone would hide the other column that is allowed here.
        hint = "use a field or the load time column '" + loadedAt + "'";
      }
      report.at("/sla/freshness/column", "freshness column '" + column + "' is not a field of " + contract.id(), hint);
    }
  }
}
