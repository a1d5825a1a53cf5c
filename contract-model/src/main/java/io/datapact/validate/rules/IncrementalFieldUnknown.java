package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** The incremental time column names a field. */
public final class IncrementalFieldUnknown implements Rule {
  @Override
  public String id() {
    return "incremental-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    if (contract.incremental() != null) {
      Fields.requireExisting(contract, contract.incremental().timeColumn(), "/incremental/timeColumn",
          "incremental time column", report);
    }
  }
}
