package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * One file per contract id and major version: two majors may live side by side during a
 * deprecation window, two files of one major may not.
 */
public final class ContractDuplicate implements Rule {
  @Override
  public String id() {
    return "contract-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    for (LoadedContract other : catalog.versions(c.contract().id())) {
      if (other == c) {
        return; // only files after the first of a major are reported
      }
      if (other.contract().majorVersion() == c.contract().majorVersion()) {
        report.at("/id", "contract '" + c.contract().id() + "' major version "
                + c.contract().majorVersion() + " is already defined in " + other.file()
                + " (version " + other.contract().version() + ")",
            "keep one file per major version; bump the major to run two versions side by side");
        return;
      }
    }
  }
}
