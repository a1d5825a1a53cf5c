package io.datapact.validate.rules;

import io.datapact.model.Check;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Check names are unique within a contract; they name the generated test files. */
public final class CheckNameDuplicate implements Rule {
  @Override
  public String id() {
    return "check-name-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Set<String> seen = new HashSet<>();
    List<Check> checks = c.contract().checks();
    for (int i = 0; i < checks.size(); i++) {
      if (!seen.add(checks.get(i).name())) {
        report.at(Pointer.of("checks", i, "name"), "check '" + checks.get(i).name() + "' is declared twice",
            "give each check its own name");
      }
    }
  }
}
