package io.datapact.validate.rules;

import io.datapact.model.Kind;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Incremental loading applies to facts; dimensions merge by their SCD type. */
public final class IncrementalKind implements Rule {
  @Override
  public String id() {
    return "incremental-kind";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    if (c.contract().incremental() != null && c.contract().kind() != Kind.FACT) {
      report.atKey("/incremental", "'incremental' applies to facts, but this contract is a "
          + c.contract().kind().name().toLowerCase(java.util.Locale.ROOT),
          "remove 'incremental'; dimensions load by their SCD type, sources are views");
    }
  }
}
