package io.datapact.compat;

/**
 * A known break accepted on purpose, for one version of one contract.
 *
 * @param version the contract version the acceptance applies to; it expires with that version
 * @param path the change's path, as the compat goal prints it; empty for the contract as a whole
 */
public record Acceptance(String contract, String version, String rule, String path, String justification) {

  /** Whether this acceptance covers {@code change} of a contract now at {@code currentVersion}. */
  public boolean covers(Change change, String currentVersion) {
    return contract.equals(change.contract()) && version.equals(currentVersion)
        && rule.equals(change.rule().id()) && path.equals(change.path());
  }

  /** The entry to paste into the acceptances file for {@code change}. */
  public static String entryFor(Change change, String version) {
    String nl = System.lineSeparator();
    return "  - contract: " + change.contract() + nl
        + "    version: " + quote(version) + nl
        + "    rule: " + change.rule().id() + nl
        + "    path: " + quote(change.path()) + nl
        + "    justification: \"<why consumers can live with this>\"";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
