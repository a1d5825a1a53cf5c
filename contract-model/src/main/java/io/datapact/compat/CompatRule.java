package io.datapact.compat;

/**
 * One row of the rule table: how a kind of change is classified.
 *
 * @param message template with {@code {contract}}, {@code {path}}, {@code {old}} and {@code {new}}
 */
public record CompatRule(String id, Level severity, Bump bump, Breaks breaks, boolean privacy, String message) {

  /** The message for one change. */
  public String render(String contract, String path, String oldValue, String newValue) {
    return message.replace("{contract}", contract)
        .replace("{path}", path)
        .replace("{old}", oldValue)
        .replace("{new}", newValue);
  }
}
