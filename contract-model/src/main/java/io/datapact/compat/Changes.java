package io.datapact.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Collects the changes of one contract pair, classified through the rule table. */
final class Changes {
  /** How an absent value is written. */
  static final String NONE = "none";

  private final RuleTable table;
  private final String contract;
  private final List<Change> found = new ArrayList<>();

  Changes(RuleTable table, String contract) {
    this.table = table;
    this.contract = contract;
  }

  /** Records a change under {@code ruleId}; null values are written as {@value #NONE}. */
  void add(String ruleId, String path, Object oldValue, Object newValue) {
    found.add(new Change(table.rule(ruleId), contract, path, text(oldValue), text(newValue)));
  }

  /** Records {@code ruleId} when the two values differ. */
  void ifDiffers(String ruleId, String path, Object oldValue, Object newValue) {
    if (!Objects.equals(oldValue, newValue)) {
      add(ruleId, path, oldValue, newValue);
    }
  }

  /**
   * Reports every member of two canonical trees that differs and is not in {@code handled}, as an
   * unclassified change: a property added to the model later is never compared silently.
   */
  void leftovers(String path, JsonNode oldNode, JsonNode newNode, Set<String> handled) {
    Set<String> names = new TreeSet<>();
    oldNode.fieldNames().forEachRemaining(names::add);
    newNode.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (handled.contains(name)) {
        continue;
      }
      JsonNode before = member(oldNode, name);
      JsonNode after = member(newNode, name);
      if (!before.equals(after)) {
        add(RuleTable.UNCLASSIFIED, join(path, name), json(before), json(after));
      }
    }
  }

  /** Reports every member of two trees that differs under {@code ruleId}. */
  void members(String ruleId, String path, JsonNode oldNode, JsonNode newNode) {
    Set<String> names = new TreeSet<>();
    oldNode.fieldNames().forEachRemaining(names::add);
    newNode.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode before = member(oldNode, name);
      JsonNode after = member(newNode, name);
      if (!before.equals(after)) {
        add(ruleId, join(path, name), json(before), json(after));
      }
    }
  }

  List<Change> list() {
    return found;
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static JsonNode member(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? MissingNode.getInstance() : value;
  }

  private static String json(JsonNode node) {
    return node.isMissingNode() ? NONE : node.isTextual() ? node.asText() : node.toString();
  }

  static String text(Object value) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Iterable<?> items) {
      StringBuilder out = new StringBuilder("[");
      for (Iterator<?> it = items.iterator(); it.hasNext();) {
        out.append(text(it.next()));
        if (it.hasNext()) {
          out.append(", ");
        }
      }
      return out.append(']').toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    return value.toString();
  }
}
