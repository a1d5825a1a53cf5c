package io.datapact.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datapact.model.Severity;
import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the JSON tree of one file from parser tokens, with the position of every value and key.
 *
 * <p>Reads scalars as YAML 1.2 does: only {@code true} and {@code false} (also {@code True},
 * {@code TRUE}, {@code False}, {@code FALSE}) are booleans; YAML 1.1 spellings such as {@code yes},
 * {@code no}, {@code on} and {@code off} stay text. Aliases are expanded through {@link Anchors};
 * a value copied from an anchor has no positions of its own, so problems inside it are reported
 * at the alias. Duplicate keys are reported and the first value is kept.
 */
final class TreeBuilder {
  /** The boolean spellings of the YAML 1.2 core schema. */
  private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  private final String display;
  private final Problems problems;
  private final Map<String, Position> values = new HashMap<>();
  private final Map<String, Position> keys = new HashMap<>();
  private final Anchors anchors = new Anchors();
  private boolean failed;

  TreeBuilder(String display, Problems problems) {
    this.display = display;
    this.problems = problems;
  }

  /** Adds a problem of this file; the document is then not returned. */
  void fail(String rule, Position position, String pointer, String message, String hint) {
    failed = true;
    problems.add(new Problem(rule, Severity.ERROR, display, position, Pointers.display(pointer), message, hint));
  }

  boolean failed() {
    return failed;
  }

  /** The document, once its root has been read. */
  SourceDocument document(JsonNode root) {
    return new SourceDocument(display, root, values, keys);
  }

  /** Reads the value at the current token; {@code record} is false inside a duplicate key's value. */
  JsonNode value(JsonParser p, String pointer, boolean record) throws IOException {
    Position at = YamlReader.position(p.currentTokenLocation());
    if (record) {
      values.put(pointer, at);
    }
    if (p instanceof AnchorAwareYamlFactory.Parser yaml && yaml.isCurrentAlias()) {
      return anchors.expand(p.getText(), at);
    }
    String anchor = p instanceof AnchorAwareYamlFactory.Parser yaml ? yaml.valueAnchor() : null;
    int start = anchors.mark();
    JsonNode node = build(p, pointer, record);
    anchors.count();
    if (anchor != null) {
      anchors.declare(anchor, node, start);
    }
    return node;
  }

  private JsonNode build(JsonParser p, String pointer, boolean record) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        return object(p, pointer, record);
      case START_ARRAY:
        ArrayNode array = nodes.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(p, Pointers.index(pointer, array.size()), record));
        }
        return array;
      case VALUE_STRING:
      case VALUE_EMBEDDED_OBJECT:
        return nodes.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        // Jackson follows YAML 1.1 and also reads yes/no/on/off as booleans.
        return BOOLEANS.contains(p.getText()) ? nodes.booleanNode(token == JsonToken.VALUE_TRUE)
            : nodes.textNode(p.getText());
      default:
        return nodes.nullNode();
    }
  }

  private ObjectNode object(JsonParser p, String pointer, boolean record) throws IOException {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String key = p.currentName();
      Position keyPosition = YamlReader.position(p.currentTokenLocation());
      refuseMergeKey(p, key, keyPosition);
      String child = Pointers.member(pointer, key);
      boolean duplicate = object.has(key);
      if (duplicate && record) {
        fail("yaml-duplicate-key", keyPosition, child, "key '" + key + "' appears twice in the same mapping",
            "remove one of them; the first is at line " + keys.get(child).line());
      }
      if (record && !duplicate) {
        keys.put(child, keyPosition);
      }
      p.nextToken();
      JsonNode value = value(p, child, record && !duplicate);
      if (!duplicate) {
        object.set(key, value);
      }
    }
    return object;
  }

  /**
   * Refuses the YAML 1.1 merge key {@code <<}, which YAML 1.2 dropped. (An alias as a key never
   * gets here: the parser stops at it, see {@link SyntaxErrors}.)
   */
  private static void refuseMergeKey(JsonParser p, String key, Position at) {
    if (p instanceof AnchorAwareYamlFactory.Parser yaml && yaml.isPlainScalar() && "<<".equals(key)) {
      throw new Refusal(Anchors.RULE, at, "merge key '<<' is not supported",
          "alias the whole value ('key: *name') or write the keys out; YAML 1.2 has no merge keys");
    }
  }
}
