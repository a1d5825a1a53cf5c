package io.datapact.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.problem.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * The anchors ({@code &name}) of one file and the expansion of its aliases ({@code *name}).
 *
 * <p>An alias stands for a copy of the value its anchor was last declared on, as YAML defines.
 * Every copy counts against a budget of {@value #MAX_ALIASED_NODES} values, so that a file whose
 * aliases multiply (the "billion laughs" pattern) is refused before it is built instead of
 * exhausting memory. An alias to an anchor that is not complete yet (a value containing an alias
 * to itself) is refused as undefined, so no expansion can be recursive.
 */
final class Anchors {
  /** Values that aliases may add to one file: far above any hand-written use, far below harm. */
  static final int MAX_ALIASED_NODES = 10_000;

  static final String RULE = "yaml-alias";

  private record Anchored(JsonNode node, int size) {}

  private final Map<String, Anchored> anchors = new HashMap<>();
  private int built;
  private int aliased;

  /** The number of values built so far, copies included; taken before building an anchored value. */
  int mark() {
    return built;
  }

  /** Counts one value built from the text. */
  void count() {
    built++;
  }

  /** Declares {@code name} on {@code node}, built since {@link #mark()} returned {@code start}. */
  void declare(String name, JsonNode node, int start) {
    anchors.put(name, new Anchored(node, built - start));
  }

  /** A copy of the value anchored as {@code name}, for the alias at {@code at}. */
  JsonNode expand(String name, Position at) {
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      throw new Refusal(RULE, at, "alias '*" + name + "' refers to no anchor defined before it",
          "declare '&" + name + "' on a value above this line, outside the value that uses it");
    }
    if (aliased + anchored.size() > MAX_ALIASED_NODES) {
      throw new Refusal(RULE, at, "aliases expand to more than " + MAX_ALIASED_NODES + " values",
          "aliases are for repeating small parts of a contract; write the values out or alias smaller parts");
    }
    aliased += anchored.size();
    built += anchored.size();
    return anchored.node().deepCopy();
  }
}
