package io.datapact.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a schema error: what is wrong and what would be right, written for contract
 * authors. Every keyword the contract schema uses has its own wording ({@link #KEYWORDS}), so no
 * message of the schema library reaches users. Thread-safe.
 */
final class SchemaMessages {
  /** The keywords given their own wording; a schema that uses another keyword fails a test. */
  static final Set<String> KEYWORDS = Set.of("required", "additionalProperties", "type", "enum", "const", "pattern",
      "propertyNames", "minItems", "minProperties", "minimum", "maximum", "exclusiveMinimum", "minLength",
      "maxLength");

  /** What the entries of a list are called, by the list's key; other lists have "entries". */
  private static final Map<String, String> ENTRY_NAMES = Map.of("fields", "field", "enum", "value",
      "grain", "field name", "key", "field name", "tracked", "field name", "previous", "field name");

  /** YAML 1.1 spellings of booleans, which YAML 1.2 (and datapact) reads as text. */
  private static final Set<String> YAML11_TRUE = Set.of("yes", "y", "on");
  private static final Set<String> YAML11_FALSE = Set.of("no", "n", "off");

  /** A message and a hint (null when there is nothing specific to say). */
  record Text(String message, String hint) {}

  private final JsonNode schemaTree;

  SchemaMessages(JsonNode schemaTree) {
    this.schemaTree = schemaTree;
  }

  /** Describes {@code error} about {@code node}, the value at the error's instance location. */
  Text describe(Error error, JsonNode node) {
    JsonNode value = error.getSchemaNode() == null ? MissingNode.getInstance() : error.getSchemaNode();
    String property = error.getProperty();
    return switch (error.getKeyword()) {
      case "required" -> new Text("missing required key '" + property + "'", "add '" + property + ":'");
      case "additionalProperties" -> new Text("unknown key '" + property + "'", suggestKey(error, property));
      case "type" -> new Text("is " + describe(node) + ", expected " + expected(value), typeHint(node, value));
      case "enum" -> enumText(node, value);
      case "const" -> new Text("value " + render(node) + " is not allowed", "write '" + value.asText() + "'");
      case "pattern" -> new Text("value " + render(node) + " does not match " + value.asText(), description(error));
      case "propertyNames" -> propertyName(error, property, value.path("pattern").asText());
      case "minItems" -> minItems(error, node, value.asInt());
      case "minProperties" -> new Text("mapping is empty", "write at least one of "
          + String.join(", ", known(owningSchema(error))) + optional(error, ", or remove '" + key(error) + "'"));
      case "minimum" -> new Text("value " + node + " is less than the minimum " + value,
          "use " + number(error) + " of at least " + value);
      case "maximum" -> new Text("value " + node + " is more than the maximum " + value,
          "use " + number(error) + " of at most " + value);
      case "exclusiveMinimum" -> new Text("value " + node + " is not greater than " + value,
          "use " + number(error) + " greater than " + value);
      case "minLength" -> value.asInt() <= 1
          ? new Text("is an empty string", "write a value" + optional(error, ", or remove '" + key(error) + "'"))
          : new Text("is shorter than " + value.asInt() + " characters", "write at least " + value.asInt() + " characters");
      case "maxLength" -> new Text("is " + node.asText().length() + " characters long, more than " + value.asInt(),
          "shorten it to at most " + value.asInt() + " characters; generated table names must fit PostgreSQL's 63 bytes");
      default -> new Text("does not match the contract schema ('" + error.getKeyword() + "')",
          "see docs/contract-format.md");
    };
  }

  /**
   * A value outside an enum. An unquoted {@code null} (or {@code ~}) has no value in YAML; where
   * the text "null" is allowed (the masking), the hint says to quote it.
   */
  private static Text enumText(JsonNode node, JsonNode allowed) {
    String oneOf = "use one of " + String.join(", ", asTexts(allowed));
    if (node.isNull()) {
      return new Text("has no value", asTexts(allowed).contains("null")
          ? "write 'null' in quotes; unquoted null means no value" : oneOf);
    }
    if (describe(node).equals("empty")) {
      return new Text("has no value", oneOf);
    }
    return new Text("value " + render(node) + " is not allowed", oneOf);
  }

  private Text propertyName(Error error, String name, String pattern) {
    String what = key(error).equals("access") ? "role name" : "name";
    String suggestion = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    String example = !suggestion.equals(name) && suggestion.matches(pattern) ? ", e.g. '" + suggestion + "'" : "";
    return new Text(what + " '" + name + "' does not match " + pattern,
        "use lower case letters, digits and '_', starting with a letter" + example);
  }

  private Text minItems(Error error, JsonNode node, int min) {
    String entry = ENTRY_NAMES.getOrDefault(key(error), "entry");
    String message = node.size() == 0 ? "list is empty" : "list has " + node.size() + " entries, fewer than " + min;
    String count = min == 1 ? "one " + entry : min + " " + (entry.equals("entry") ? "entries" : entry + "s");
    return new Text(message, "list at least " + count + optional(error, ", or remove '" + key(error) + "'"));
  }

  /** {@code text} when the key the error is about may be left out, else nothing. */
  private String optional(Error error, String text) {
    return requiredKey(error) ? "" : text;
  }

  /** "a whole number" for integer keys, else "a number". */
  private String number(Error error) {
    return owningSchema(error).path("type").asText().equals("integer") ? "a whole number" : "a number";
  }

  /** The last name in the error's instance location: the key the error is about. */
  private static String key(Error error) {
    NodePath path = error.getInstanceLocation();
    for (int i = path.getNameCount() - 1; i >= 0; i--) {
      if (path.getElement(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }

  /**
   * Whether the mapping that holds the key the error is about requires that key. Follows the
   * error's evaluation path through the schema, {@code $ref}s included, and remembers the last
   * {@code properties/<key>} step.
   */
  private boolean requiredKey(Error error) {
    NodePath path = error.getEvaluationPath();
    JsonNode node = schemaTree;
    JsonNode owner = null;
    String key = null;
    for (int i = 0; i < path.getNameCount() - 1; i++) { // the last name is the keyword itself
      String step = String.valueOf(path.getElement(i));
      if (step.equals("$ref")) {
        node = schemaTree.at(node.path("$ref").asText().replaceFirst("^#", ""));
        continue;
      }
      if (step.equals("properties") && i + 1 < path.getNameCount() - 1) {
        owner = node;
        key = String.valueOf(path.getElement(i + 1));
      }
      node = node.path(step);
    }
    return owner != null && asTexts(owner.path("required")).contains(key);
  }

  /** The schema object that owns the failed keyword, found through the schema location. */
  private JsonNode owningSchema(Error error) {
    String fragment = error.getSchemaLocation().getFragment().toString();
    String pointer = fragment.startsWith("#") ? fragment.substring(1) : fragment;
    return schemaTree.at(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))));
  }

  private static List<String> known(JsonNode schema) {
    List<String> known = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(known::add);
    return known;
  }

  private String suggestKey(Error error, String property) {
    if (property.matches("[^(]*\\).*")) {
      // {name: amount, type: decimal(12,2)} reads as type 'decimal(12' and a key '2)'
      return "looks like the end of a value split at a ',': inside {...} quote values that contain a comma, "
          + "e.g. type: 'decimal(12,2)'";
    }
    List<String> known = known(owningSchema(error));
    if (known.isEmpty()) {
      return null;
    }
    String lower = property.toLowerCase(Locale.ROOT);
    String closest = known.stream()
        .min(Comparator.comparingInt((String k) -> Levenshtein.distance(k.toLowerCase(Locale.ROOT), lower))
            .thenComparing(k -> k))
        .orElseThrow();
    if (Levenshtein.distance(closest.toLowerCase(Locale.ROOT), lower) <= 3) {
      return "did you mean '" + closest + "'?";
    }
    return "known keys: " + String.join(", ", known.stream().sorted().toList());
  }

  /** The description of the failed value's schema, as a hint: "A whole number..." -> "a whole number...". */
  private String description(Error error) {
    String description = owningSchema(error).path("description").asText("");
    return description.isEmpty() ? null : description.substring(0, 1).toLowerCase(Locale.ROOT)
        + description.substring(1).replaceAll("\\.$", "");
  }

  private static List<String> asTexts(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.elements().forEachRemaining(v -> out.add(v.asText()));
    return out;
  }

  /** The kind of a value in words; an empty value ({@code key:}) or {@code null} is "empty". */
  private static String describe(JsonNode node) {
    if (node.isTextual() && node.asText().isEmpty()) {
      return "empty";
    } else if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isObject()) {
      return "a mapping";
    }
    return "empty";
  }

  /** The schema's {@code type} in YAML words: {@code ["number","string"] -> a number or a string}. */
  private static String expected(JsonNode type) {
    List<String> words = new ArrayList<>();
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      words.add(switch (t.asText()) {
        case "object" -> "a mapping";
        case "array" -> "a list";
        case "string" -> "a string";
        case "integer" -> "a whole number";
        case "number" -> "a number";
        case "boolean" -> "true or false";
        default -> t.asText();
      });
    }
    return String.join(" or ", words);
  }

  /** What to write instead, for the usual mistakes; null when there is nothing specific to say. */
  private static String typeHint(JsonNode node, JsonNode type) {
    String expected = type.toString();
    if (describe(node).equals("empty")) {
      return "write a value after the key, or remove the key";
    } else if (expected.contains("string") && (node.isNumber() || node.isBoolean())) {
      return "put the value in quotes so that YAML reads it as text";
    } else if (expected.contains("array") && node.isValueNode()) {
      return "write a list, e.g. [" + node.asText() + "]";
    } else if (expected.contains("boolean") && node.isTextual()) {
      String word = node.asText().toLowerCase(Locale.ROOT);
      if (YAML11_TRUE.contains(word) || YAML11_FALSE.contains(word)) {
        return "write " + YAML11_TRUE.contains(word) + " without quotes; in YAML 1.2 '" + node.asText()
            + "' is text, only true and false are booleans";
      }
      return "write true or false without quotes";
    }
    return null;
  }

  private static String render(JsonNode node) {
    return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
  }

  /** Every keyword that the schema uses to check values (not to structure the schema). */
  static Set<String> assertionKeywords(JsonNode schema) {
    Set<String> structural = Set.of("$schema", "$id", "$defs", "$ref", "title", "description", "default",
        "properties", "patternProperties", "items");
    Set<String> out = new TreeSet<>();
    collect(schema, structural, out);
    return out;
  }

  private static void collect(JsonNode schema, Set<String> structural, Set<String> out) {
    if (!schema.isObject()) {
      return;
    }
    schema.fields().forEachRemaining(e -> {
      if (!structural.contains(e.getKey())) {
        out.add(e.getKey());
      }
      switch (e.getKey()) {
        case "properties", "patternProperties", "$defs" -> e.getValue().elements()
            .forEachRemaining(child -> collect(child, structural, out));
        case "items", "additionalProperties", "propertyNames" -> collect(e.getValue(), structural, out);
        default -> { }
      }
    });
  }
}
