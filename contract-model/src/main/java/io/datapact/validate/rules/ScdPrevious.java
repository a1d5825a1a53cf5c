package io.datapact.validate.rules;

import io.datapact.model.Scd;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** SCD type 3 names the fields that keep a previous value; other types do not. */
public final class ScdPrevious implements Rule {
  @Override
  public String id() {
    return "scd-previous";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Scd scd = c.contract().scd();
    if (scd == null) {
      return;
    }
    if (scd.type() == 3 && scd.previous().isEmpty()) {
      report.at("/scd/type", "SCD type 3 needs the fields that keep their previous value",
          "add 'previous: [...]'");
    } else if (scd.type() != 3 && !scd.previous().isEmpty()) {
      report.atKey("/scd/previous", "'previous' applies to SCD type 3, but this is type " + scd.type(),
          "remove 'previous' or use 'type: 3'");
    }
    if (scd.type() != 2 && scd.deletes() != io.datapact.model.HardDeletes.IGNORE) {
      report.atKey("/scd/deletes", "'deletes' applies to SCD type 2, but this is type " + scd.type(),
          "remove 'deletes' or use 'type: 2'");
    }
  }
}
