package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** The incremental time column is a field or the load-time column ({@code source.loadedAt}). */
public final class IncrementalFieldUnknown implements Rule {
  @Override
  public String id() {
    return "incremental-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    if (contract.incremental() == null) {
      return;
    }
    String column = contract.incremental().timeColumn();
    String loadedAt = contract.source().loadedAt();
    if (!column.equals(loadedAt) && contract.field(column).isEmpty()) {
      String hint = Fields.hint(contract, column);
      if (!hint.startsWith("did you mean")) {
        // The field list alone would hide the other column that is allowed here.
        hint = "use a field or the load time column '" + loadedAt + "'";
      }
      report.at("/incremental/timeColumn", "incremental time column '" + column + "' is not a field of "
          + contract.id(), hint);
    }
  }
}
