package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Every grain entry names a field. */
public final class GrainFieldUnknown implements Rule {
  @Override
  public String id() {
    return "grain-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    Fields.requireExisting(contract, contract.grain(), "/grain", "grain column", report);
  }
}
