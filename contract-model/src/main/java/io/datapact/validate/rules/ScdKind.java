package io.datapact.validate.rules;

import io.datapact.model.Kind;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Dimensions declare how they keep history; only dimensions do. */
public final class ScdKind implements Rule {
  @Override
  public String id() {
    return "scd-kind";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Kind kind = c.contract().kind();
    if (kind == Kind.DIMENSION && c.contract().scd() == null) {
      report.at("/kind", "dimension '" + c.contract().id() + "' has no 'scd' section",
          "add 'scd: {type: 1, key: [...]}' (type 0, 1, 2 or 3)");
    } else if (kind != Kind.DIMENSION && c.contract().scd() != null) {
      report.atKey("/scd", "'scd' applies to dimensions, but this contract is a " + kind.name().toLowerCase(java.util.Locale.ROOT),
          "remove 'scd' or make the contract 'kind: dimension'");
    }
  }
}
