package io.datapact.validate.rules;

import io.datapact.model.Status;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** A deprecated contract says when it goes away, so consumers can plan their migration. */
public final class DeprecationRemovalDate implements Rule {
  @Override
  public String id() {
    return "deprecation-removal-date";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    var deprecation = c.contract().deprecation();
    if (c.contract().status() == Status.DEPRECATED && (deprecation == null || deprecation.removalDate() == null)) {
      report.at("/status", "deprecated contract '" + c.contract().id() + "' has no removal date",
          "add 'deprecation: {removalDate: YYYY-MM-DD}'");
    }
  }
}
