package io.datapact.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.problem.Position;
import java.util.Map;

/**
 * A YAML file read into a JSON tree, with the position of every value and every mapping key.
 *
 * <p>Positions are looked up by JSON pointer ({@code /fields/2/type}); a pointer with no node of
 * its own (a missing key) falls back to its nearest existing parent.
 *
 * @param file the path shown in messages, relative to the project
 */
public record SourceDocument(
    String file, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

  public SourceDocument {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
  }

  /** Where the value at {@code pointer} starts, or its nearest parent's. */
  public Position valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Position pos = values.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of the member at {@code pointer} is, or else its value's position. */
  public Position keyAt(String pointer) {
    Position pos = keys.get(pointer);
    return pos != null ? pos : valueAt(pointer);
  }
}
