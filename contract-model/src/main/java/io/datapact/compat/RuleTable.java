package io.datapact.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification of every change datapact knows, read from {@code rules.json} beside this class.
 *
 * <p>The diff asks for rules by id; an id the table does not hold is a datapact bug and resolves to
 * {@link #UNCLASSIFIED}, a warning, never to a silent info.
 */
public final class RuleTable {
  /** The rule for changes no other rule describes. */
  public static final String UNCLASSIFIED = "unclassified-change";

  private static final RuleTable STANDARD = load("rules.json");

  private final Map<String, CompatRule> rules;

  RuleTable(Map<String, CompatRule> rules) {
    if (!rules.containsKey(UNCLASSIFIED)) {
      throw new IllegalArgumentException("the rule table has no " + UNCLASSIFIED + " rule");
    }
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** The table shipped with datapact. */
  public static RuleTable standard() {
    return STANDARD;
  }

  /** The rule of that id, or the unclassified rule. */
  public CompatRule rule(String id) {
    CompatRule rule = rules.get(id);
    return rule != null ? rule : rules.get(UNCLASSIFIED);
  }

  /** Whether the table holds that id. */
  public boolean has(String id) {
    return rules.containsKey(id);
  }

  /** Every rule, in table order. */
  public List<CompatRule> all() {
    return List.copyOf(rules.values());
  }

  static RuleTable load(String resource) {
    try (InputStream in = RuleTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, CompatRule> rules = new LinkedHashMap<>();
      for (JsonNode row : new ObjectMapper().readTree(in).path("rules")) {
        CompatRule rule = new CompatRule(row.path("id").asText(), Level.of(row.path("severity").asText()),
            Bump.of(row.path("bump").asText()), Breaks.of(row.path("breaks").asText()),
            row.path("privacy").asBoolean(), row.path("message").asText());
        if (rules.put(rule.id(), rule) != null) {
          throw new IllegalStateException("rule " + rule.id() + " is in " + resource + " twice");
        }
      }
      return new RuleTable(rules);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
