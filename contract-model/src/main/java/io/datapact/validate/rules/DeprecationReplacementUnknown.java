package io.datapact.validate.rules;

import io.datapact.model.Deprecation;
import io.datapact.model.Severity;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * deprecation.replacement names a contract of this repository. A warning only: the replacement
 * may live in another repository, and nothing is generated from it.
 */
public final class DeprecationReplacementUnknown implements Rule {
  @Override
  public String id() {
    return "deprecation-replacement-unknown";
  }

  @Override
  public Severity severity() {
    return Severity.WARN;
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Deprecation deprecation = c.contract().deprecation();
    if (deprecation == null || deprecation.replacement() == null) {
      return;
    }
    String replacement = deprecation.replacement();
    if (catalog.versions(replacement).isEmpty()) {
      report.at("/deprecation/replacement", "replacement '" + replacement + "' is not a contract of this repository",
          ContractIds.hint(replacement, catalog, "correct the id, or ignore this if the replacement lives elsewhere"));
    }
  }
}
