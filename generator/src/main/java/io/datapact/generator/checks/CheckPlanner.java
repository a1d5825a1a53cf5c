package io.datapact.generator.checks;

import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Plans the data checks of every contract of a catalog, without a database.
 *
 * <pre>{@code
 * List<PlannedCheck> checks = CheckPlanner.plan(new PipelineCatalog(contracts));
 * }</pre>
 */
public final class CheckPlanner {
  private CheckPlanner() {}

  /**
   * Every check of every contract, sorted by name; a name two checks share gets {@code __2}, {@code __3}.
   *
   * @throws IllegalArgumentException for a contract check with placeholders, which has no value to test
   */
  public static List<PlannedCheck> plan(PipelineCatalog catalog) {
    return plan(catalog, reason -> {
      throw new IllegalArgumentException(reason);
    });
  }

  /** Every check that can be planned; the reason each contract check left out (placeholders) goes to {@code skipped}. */
  public static List<PlannedCheck> plan(PipelineCatalog catalog, Consumer<String> skipped) {
    Map<String, PlannedCheck> byName = new TreeMap<>();
    for (Contract c : catalog.contracts()) {
      CheckContext x = new CheckContext(c, catalog);
      List<PlannedCheck> checks = new ArrayList<>(FieldChecks.of(x));
      checks.addAll(TableChecks.of(x, skipped));
      for (PlannedCheck check : checks) {
        String name = check.name();
        for (int n = 2; byName.containsKey(name); n++) {
          name = check.name() + "__" + n;
        }
        byName.put(name, renamed(check, name));
      }
    }
    return List.copyOf(byName.values());
  }

  /** The contract version whose published object a check tests. */
  public static Contract contractOf(PipelineCatalog catalog, PlannedCheck check) {
    return catalog.contracts().stream()
        .filter(c -> c.id().equals(check.contract()) && catalog.names(c).published().equals(check.target()))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no contract publishes " + check.target()));
  }

  private static PlannedCheck renamed(PlannedCheck c, String name) {
    return name.equals(c.name()) ? c : new PlannedCheck(name, c.kind(), c.contract(), c.target(), c.columns(),
        c.params(), c.severity(), c.tolerance(), c.sampleColumns());
  }
}
