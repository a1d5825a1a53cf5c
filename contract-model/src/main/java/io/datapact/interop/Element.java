package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.yaml.Pointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping of the imported file that remembers which keys were read, so that every key the
 * importer did not use is reported once, at its own line, by {@link #finish(Map)}.
 */
final class Element {
  private final ImportContext context;
  private final JsonNode node;
  private final String pointer;
  private final Set<String> read = new LinkedHashSet<>();
  /** Where keys the element does not hold itself come from (a DCS {@code $ref} definition), or null. */
  private final String inherited;
  private final Set<String> own;

  Element(ImportContext context, JsonNode node, String pointer) {
    this(context, node, pointer, null, Set.of());
  }

  /** An element whose keys other than {@code own} come from the mapping at {@code inherited}. */
  Element(ImportContext context, JsonNode node, String pointer, String inherited, Set<String> own) {
    this.context = context;
    this.node = node;
    this.pointer = pointer;
    this.inherited = inherited;
    this.own = Set.copyOf(own);
  }

  String pointer() {
    return pointer;
  }

  JsonNode node() {
    return node;
  }

  /** The pointer of a member. */
  String at(String key) {
    return Pointers.member(inherited != null && !own.contains(key) ? inherited : pointer, key);
  }

  /** For a key taken from a {@code $ref} definition: which element used it, for messages; else "". */
  String via(String key) {
    return inherited != null && !own.contains(key) ? " (via $ref of " + Pointers.display(pointer) + ")" : "";
  }

  boolean has(String key) {
    return node.isObject() && node.has(key) && !node.get(key).isNull();
  }

  /** The member, marked as read; a missing node when absent. */
  JsonNode get(String key) {
    read.add(key);
    JsonNode value = node.isObject() ? node.get(key) : null;
    return value == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : value;
  }

  /** A scalar member as text, marked as read. */
  Optional<String> text(String key) {
    JsonNode value = get(key);
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** A boolean member, false when absent or not a boolean. */
  boolean flag(String key) {
    JsonNode value = get(key);
    return value.isBoolean() && value.booleanValue();
  }

  /** Marks keys as read without using them (their meaning is taken from elsewhere). */
  void consume(String... keys) {
    read.addAll(List.of(keys));
  }

  /** A nested mapping member as an element of its own. */
  Element child(String key) {
    return new Element(context, get(key), at(key));
  }

  /** The mappings of a list member, each as an element. */
  List<Element> list(String key) {
    JsonNode value = get(key);
    List<Element> out = new ArrayList<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        out.add(new Element(context, value.get(i), Pointers.index(at(key), i)));
      }
    }
    return out;
  }

  /** The members of a mapping member (DCS models and fields are keyed by name). */
  List<Map.Entry<String, Element>> entries(String key) {
    JsonNode value = get(key);
    List<Map.Entry<String, Element>> out = new ArrayList<>();
    if (value.isObject()) {
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        out.add(Map.entry(name, new Element(context, value.get(name), Pointers.member(at(key), name))));
      }
    }
    return out;
  }

  /**
   * Reports every key not read that states something, with the reason from {@code reasons}
   * ("not imported: " + reason), or a general one.
   */
  void finish(Map<String, String> reasons) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!read.contains(name) && !ImportContext.empty(node.get(name))) {
        String reason = reasons.getOrDefault(name, "datapact contracts have no equivalent");
        context.dropped(at(name), "'" + name + "' not imported: " + reason + via(name));
      }
    }
  }
}
