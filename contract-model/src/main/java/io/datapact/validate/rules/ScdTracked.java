package io.datapact.validate.rules;

import io.datapact.model.Scd;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Only SCD type 2 opens versions, so only type 2 names the fields whose change opens one. */
public final class ScdTracked implements Rule {
  @Override
  public String id() {
    return "scd-tracked";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Scd scd = c.contract().scd();
    if (scd != null && scd.type() != 2 && !scd.tracked().isEmpty()) {
      report.atKey("/scd/tracked", "'tracked' applies to SCD type 2, but this is type " + scd.type(),
          "remove 'tracked' or use 'type: 2'");
    }
  }
}
