package io.datapact.validate.rules;

import io.datapact.model.Durations;
import io.datapact.model.Sla;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** A freshness warning comes before the error: warnAfter is shorter than errorAfter. */
public final class FreshnessThresholds implements Rule {
  @Override
  public String id() {
    return "freshness-thresholds";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Sla sla = c.contract().sla();
    if (sla == null || sla.freshness() == null || sla.freshness().warnAfter() == null) {
      return;
    }
    Sla.Freshness f = sla.freshness();
    // the schema allows at most six digits, so no duration overflows
    if (Durations.parse(f.warnAfter()).compareTo(Durations.parse(f.errorAfter())) >= 0) {
      report.at("/sla/freshness/warnAfter", "warnAfter " + f.warnAfter() + " is not shorter than errorAfter "
          + f.errorAfter(), "warn before the error: make warnAfter shorter");
    }
  }
}
