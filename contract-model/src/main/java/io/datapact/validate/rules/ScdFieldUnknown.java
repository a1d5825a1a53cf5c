package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Scd;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** The SCD key, updatedAt, tracked and previous entries name fields. */
public final class ScdFieldUnknown implements Rule {
  @Override
  public String id() {
    return "scd-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    Scd scd = contract.scd();
    if (scd == null) {
      return;
    }
    Fields.requireExisting(contract, scd.key(), "/scd/key", "SCD key", report);
    Fields.requireExisting(contract, scd.updatedAt(), "/scd/updatedAt", "SCD updatedAt column", report);
    Fields.requireExisting(contract, scd.tracked(), "/scd/tracked", "SCD tracked column", report);
    Fields.requireExisting(contract, scd.previous(), "/scd/previous", "SCD previous column", report);
  }
}
