package io.datapact.generator.pipeline;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.datapact.generator.output.StableJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pipeline DAG: every generated object with its inputs, in an execution order where each
 * object comes after everything it reads (ties broken by name, so the order is stable).
 */
public record Pipeline(List<PipelineNode> nodes) {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  /** Orders the nodes topologically; fails on a cycle, which validation rules out. */
  public static Pipeline of(List<PipelineNode> unordered) {
    Map<String, PipelineNode> byName = new TreeMap<>();
    unordered.forEach(n -> byName.put(n.name(), n));
    Map<String, Integer> pending = new HashMap<>();
    Map<String, List<String>> readers = new HashMap<>();
    for (PipelineNode n : byName.values()) {
      List<String> known = n.inputs().stream().filter(byName::containsKey).toList();
      pending.put(n.name(), known.size());
      known.forEach(i -> readers.computeIfAbsent(i, k -> new ArrayList<>()).add(n.name()));
    }
    TreeSet<String> ready = new TreeSet<>();
    pending.forEach((name, count) -> {
      if (count == 0) {
        ready.add(name);
      }
    });
    List<PipelineNode> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String next = ready.pollFirst();
      ordered.add(byName.get(next));
      for (String reader : readers.getOrDefault(next, List.of())) {
        if (pending.merge(reader, -1, Integer::sum) == 0) {
          ready.add(reader);
        }
      }
    }
    if (ordered.size() != byName.size()) {
      Deque<String> stuck = new ArrayDeque<>(byName.keySet());
      stuck.removeIf(name -> ordered.stream().anyMatch(o -> o.name().equals(name)));
      throw new IllegalStateException("pipeline has a cycle among " + stuck);
    }
    return new Pipeline(List.copyOf(ordered));
  }

  /** {@code pipeline.json}: the nodes in execution order, two-space indent, LF line ends. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "datapact-pipeline/v1");
    root.put("objects", nodes);
    return StableJson.write(JSON, root, "pipeline.json");
  }
}
