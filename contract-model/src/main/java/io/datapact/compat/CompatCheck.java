package io.datapact.compat;

import io.datapact.model.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two sets of contracts and judges each change against the declared version bump and the
 * acceptances file.
 *
 * <pre>{@code
 * CompatResult result = new CompatCheck(RuleTable.standard(), LocalDate.now())
 *     .check(baselineContracts, currentContracts, Acceptances.read(file, "datapact-accepted.yaml"));
 * result.errors().forEach(f -> log.error(f.describe()));
 * }</pre>
 */
public final class CompatCheck {
  private final CatalogDiff diff;

  public CompatCheck(RuleTable table, LocalDate today) {
    this.diff = new CatalogDiff(table, today);
  }

  /** Compares and judges. */
  public CompatResult check(List<Contract> baseline, List<Contract> current, List<Acceptance> acceptances) {
    return judge(diff.compare(baseline, current), acceptances);
  }

  /** Judges comparisons already made. */
  public static CompatResult judge(List<ContractComparison> comparisons, List<Acceptance> acceptances) {
    List<Finding> findings = new ArrayList<>();
    Set<Acceptance> used = new HashSet<>();
    Map<String, String> versions = new TreeMap<>();
    for (ContractComparison comparison : comparisons) {
      versions.merge(comparison.id(), comparison.acceptanceVersion(), (a, b) -> a + ", " + b);
      for (Change change : comparison.changes()) {
        if (comparison.declared().covers(change.rule().bump())) {
          findings.add(new Finding(comparison, change, Finding.Outcome.ALLOWED, null));
          continue;
        }
        Acceptance accepted = acceptances.stream()
            .filter(a -> a.covers(change, comparison.acceptanceVersion()))
            .findFirst().orElse(null);
        if (accepted != null) {
          used.add(accepted);
          findings.add(new Finding(comparison, change, Finding.Outcome.ACCEPTED, accepted));
        } else {
          findings.add(new Finding(comparison, change, Finding.Outcome.VIOLATION, null));
        }
      }
    }
    List<String> notes = new ArrayList<>();
    for (Acceptance a : acceptances) {
      if (used.contains(a)) {
        continue;
      }
      String current = versions.get(a.contract());
      if (current != null && !containsVersion(current, a.version())) {
        notes.add("acceptance of [" + a.rule() + "] " + a.contract() + " " + a.path() + " for version " + a.version()
            + " has expired (the contract is at " + current + "); remove it");
      } else {
        notes.add("acceptance of [" + a.rule() + "] " + a.contract() + " " + a.path() + " for version " + a.version()
            + " matches no change that needs it; remove it");
      }
    }
    return new CompatResult(comparisons, findings, notes);
  }

  private static boolean containsVersion(String versions, String version) {
    for (String v : versions.split(", ")) {
      if (v.equals(version)) {
        return true;
      }
    }
    return false;
  }
}
