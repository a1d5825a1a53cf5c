package io.datapact.validate.rules;

import io.datapact.model.Kind;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** A fact states its grain: without it there is no merge key and no fan-out guard. */
public final class GrainMissing implements Rule {
  @Override
  public String id() {
    return "grain-missing";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    if (c.contract().kind() == Kind.FACT && c.contract().grain().isEmpty()) {
      report.at("/kind", "fact '" + c.contract().id() + "' has no grain",
          "add 'grain: [...]' with the fields that make a row unique");
    }
  }
}
