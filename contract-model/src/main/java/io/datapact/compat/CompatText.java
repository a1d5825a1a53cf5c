package io.datapact.compat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plain-text renderings of a compat result for build logs and failure messages. */
public final class CompatText {
  private static final String NL = System.lineSeparator();

  private CompatText() {}

  /**
   * The failure message: every finding that fails, with the bump it needs and the entry that would
   * accept it, then per contract the bump the versions declare and the one the changes need.
   *
   * @param failing the findings that fail the build
   * @param acceptancesFile the acceptances file's name as the user sees it
   */
  public static String failure(CompatResult result, List<Finding> failing, String baseline, String acceptancesFile) {
    StringBuilder out = new StringBuilder("datapact compat: ").append(failing.size())
        .append(failing.size() == 1 ? " change needs" : " changes need")
        .append(" a bigger version bump than declared (baseline: ").append(baseline).append("):");
    for (Finding f : failing) {
      out.append(NL).append(f.describe());
    }
    Map<String, String> bumps = new TreeMap<>();
    for (Finding f : failing) {
      ContractComparison c = f.comparison();
      if (c.oldVersion() != null && c.newVersion() != null) {
        bumps.put(c.id() + " " + c.newVersion(), c.id() + ": " + c.oldVersion() + " -> " + c.newVersion()
            + " declares a " + c.declared().label() + " bump; the changes need " + c.required().label());
      }
    }
    if (!bumps.isEmpty()) {
      out.append(NL).append("Raise the version:");
      bumps.values().forEach(line -> out.append(NL).append("  ").append(line));
    }
    out.append(NL).append("Or, if consumers can live with a break, accept it in ").append(acceptancesFile)
        .append(" (it expires with that version):").append(NL).append("accepted:");
    for (Finding f : failing) {
      out.append(NL).append(f.acceptanceEntry());
    }
    out.append(NL).append(result.summary()).append(". The rules are described in docs/compat.md.");
    return out.toString();
  }
}
