package io.datapact.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.datapact.model.Severity;
import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.yaml.Pointers;
import io.datapact.yaml.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks a document against the contract JSON Schema and turns each schema error into a problem
 * with a rule id {@code schema-<keyword>}, the node's position and a hint. Thread-safe.
 */
public final class SchemaCheck {
  /** Classpath location of the schema, also published for editors. */
  public static final String SCHEMA_RESOURCE = "/io/datapact/schema/contract-v1.schema.json";

  private final JsonNode schemaTree;
  private final Schema schema;

  /** Loads the bundled schema. */
  public SchemaCheck() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      schemaTree = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + SCHEMA_RESOURCE, e);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
  }

  /** Adds a problem per schema error; returns true when there was none. */
  public boolean check(SourceDocument doc, Problems problems) {
    List<Error> errors = new ArrayList<>(schema.validate(doc.root()));
    errors.sort(Comparator.comparing(e -> e.getInstanceLocation().toString()));
    for (Error error : errors) {
      problems.add(toProblem(doc, error));
    }
    return errors.isEmpty();
  }

  private Problem toProblem(SourceDocument doc, Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String keyword = error.getKeyword();
    String property = error.getProperty();
    Position position = doc.valueAt(pointer);
    String path = Pointers.display(pointer);
    String rule = "schema-" + kebab(keyword);
    String message;
    String hint = null;
    JsonNode node = doc.root().at(pointer);
    switch (keyword) {
      case "required" -> {
        message = "missing required key '" + property + "'";
        hint = "add '" + property + ":'";
      }
      case "additionalProperties" -> {
        String child = Pointers.member(pointer, property);
        position = doc.keyAt(child);
        path = Pointers.display(child);
        rule = "schema-unknown-key";
        message = "unknown key '" + property + "'";
        hint = suggestKey(error, property);
      }
      case "type" -> {
        message = "is " + describe(node) + ", expected " + expected(schemaNode(error));
        hint = typeHint(node, schemaNode(error));
      }
      case "enum" -> {
        message = "value " + render(node) + " is not allowed";
        hint = "use one of " + allowed(schemaNode(error));
      }
      case "const" -> {
        message = "value " + render(node) + " is not allowed";
        hint = "write '" + schemaNode(error).asText() + "'";
      }
      case "pattern" -> {
        message = "value " + render(node) + " does not match " + schemaNode(error).asText();
        hint = patternHint(error);
      }
      default -> message = stripLocation(error.getMessage());
    }
    return new Problem(rule, Severity.ERROR, doc.file(), position, path, message, hint);
  }

  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append(element instanceof Integer index ? "/" + index
          : Pointers.member("", String.valueOf(element)));
    }
    return out.toString();
  }

  private JsonNode schemaNode(Error error) {
    JsonNode node = error.getSchemaNode();
    return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
  }

  /** The schema object that owns the failed keyword, found through the schema location. */
  private JsonNode owningSchema(Error error) {
    String fragment = error.getSchemaLocation().getFragment().toString();
    String pointer = fragment.startsWith("#") ? fragment.substring(1) : fragment;
    return schemaTree.at(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))));
  }

  private String suggestKey(Error error, String property) {
    if (property.matches("[^(]*\\).*")) {
      // {name: amount, type: decimal(12,2)} reads as type 'decimal(12' and a key '2)'
      return "looks like the end of a value split at a ',': inside {...} quote values that contain a comma, "
          + "e.g. type: 'decimal(12,2)'";
    }
    List<String> known = new ArrayList<>();
    owningSchema(error).path("properties").fieldNames().forEachRemaining(known::add);
    if (known.isEmpty()) {
      return null;
    }
    String closest = known.stream()
        .min(Comparator.comparingInt((String k) -> Levenshtein.distance(k.toLowerCase(Locale.ROOT),
            property.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
        .orElseThrow();
    if (Levenshtein.distance(closest.toLowerCase(Locale.ROOT), property.toLowerCase(Locale.ROOT)) <= 3) {
      return "did you mean '" + closest + "'?";
    }
    return "known keys: " + String.join(", ", known.stream().sorted().toList());
  }

  private String patternHint(Error error) {
    String description = owningSchema(error).path("description").asText("");
    return description.isEmpty() ? null : description.substring(0, 1).toLowerCase(Locale.ROOT)
        + description.substring(1).replaceAll("\\.$", "");
  }

  private static String allowed(JsonNode values) {
    if (!values.isArray()) {
      return values.toString();
    }
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return out.stream().collect(Collectors.joining(", "));
  }

  /** The kind of a value in words; an empty value ({@code key:}), which Jackson reads as "", is "empty". */
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
      return "write true or false without quotes";
    }
    return null;
  }

  private static String render(JsonNode node) {
    return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
  }

  private static String stripLocation(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  private static String kebab(String keyword) {
    return keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
