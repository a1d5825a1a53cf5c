package io.datapact.generator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineTest {
  private static PipelineNode node(String name, String... inputs) {
    TreeMap<String, String> files = new TreeMap<>();
    files.put("duckdb", "sql/duckdb/" + name + ".sql");
    return new PipelineNode(name, "staging", "shop.x", "1.0.0", List.of(inputs), files);
  }

  private static List<String> order(List<PipelineNode> nodes) {
    return Pipeline.of(nodes).nodes().stream().map(PipelineNode::name).toList();
  }

  /** Names are chosen so that plain name order would break dependencies ({@code marts} sorts first). */
  private static final List<PipelineNode> GRAPH = List.of(
      node("marts.z", "staging.a", "staging.b"),
      node("marts.a", "staging.b"),
      node("staging.b", "raw.b"),
      node("staging.a", "raw.a"),
      node("raw.b", "datapact.setup"),
      node("raw.a", "datapact.setup"),
      node("datapact.setup"));

  private static final List<String> GRAPH_ORDER = List.of(
      "datapact.setup", "raw.a", "raw.b", "staging.a", "staging.b", "marts.a", "marts.z");

  @Test
  void everyNodeComesAfterItsInputsAndTiesGoByName() {
    assertThat(order(GRAPH)).containsExactlyElementsOf(GRAPH_ORDER);
  }

  @Test
  void theOrderDoesNotDependOnTheInputOrder() {
    Random random = new Random(42);
    for (int i = 0; i < 100; i++) {
      List<PipelineNode> shuffled = new ArrayList<>(GRAPH);
      Collections.shuffle(shuffled, random);
      assertThat(order(shuffled)).as("input %s", shuffled).containsExactlyElementsOf(GRAPH_ORDER);
    }
  }

  @Test
  void independentNodesAreSortedByName() {
    assertThat(order(List.of(node("c"), node("a"), node("B"), node("b"))))
        .containsExactly("B", "a", "b", "c");
  }

  @Test
  void inputsThatAreNotNodesAreIgnored() {
    List<PipelineNode> nodes = List.of(node("b.view", "external.table", "a.table"), node("a.table", "elsewhere.x"));

    Pipeline pipeline = Pipeline.of(nodes);

    assertThat(pipeline.nodes()).extracting(PipelineNode::name).containsExactly("a.table", "b.view");
    assertThat(pipeline.nodes().get(1).inputs()).as("kept in the node").containsExactly("a.table", "external.table");
  }

  @Test
  void anEmptyGraphIsAnEmptyPipeline() {
    assertThat(Pipeline.of(List.of()).nodes()).isEmpty();
  }

  @Test
  void theOrderedNodesCannotBeChanged() {
    assertThatThrownBy(() -> Pipeline.of(GRAPH).nodes().add(node("x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCycleIsRefusedNamingTheNodesItBlocks() {
    List<PipelineNode> nodes = List.of(node("free"), node("a", "c", "free"), node("b", "a"), node("c", "b"),
        node("downstream", "c"));

    assertThatThrownBy(() -> Pipeline.of(nodes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pipeline has a cycle among [a, b, c, downstream]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"self"})
  void aNodeReadingItselfIsACycle(String name) {
    assertThatThrownBy(() -> Pipeline.of(List.of(node(name, name), node("other"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pipeline has a cycle among [" + name + "]");
  }

  private static Pipeline small() {
    TreeMap<String, String> setupFiles = new TreeMap<>();
    setupFiles.put("postgres", "sql/postgres/setup.sql");
    setupFiles.put("duckdb", "sql/duckdb/setup.sql");
    TreeMap<String, String> rawFiles = new TreeMap<>();
    rawFiles.put("duckdb", "sql/duckdb/raw/raw.shop__orders.sql");
    return Pipeline.of(List.of(
        new PipelineNode("raw.shop__orders", "raw", "shop.orders", "1.2.0", List.of("datapact.setup"), rawFiles),
        new PipelineNode("datapact.setup", "setup", null, null, List.of(), setupFiles)));
  }

  /**
   * The exact text of pipeline.json: LF only, two-space indent, keys sorted in every object.
   *
   * <p>Fails today on the key order inside each object: the node's properties come in record
   * declaration order (name, kind, contract, version, inputs, files); only map entries (the root
   * and {@code files}) are sorted.
   */
  @Test
  void jsonTextOfASmallGraph() {
    assertThat(small().toJson()).isEqualTo("""
        {
          "format" : "datapact-pipeline/v1",
          "objects" : [
            {
              "contract" : null,
              "files" : {
                "duckdb" : "sql/duckdb/setup.sql",
                "postgres" : "sql/postgres/setup.sql"
              },
              "inputs" : [ ],
              "kind" : "setup",
              "name" : "datapact.setup",
              "version" : null
            },
            {
              "contract" : "shop.orders",
              "files" : {
                "duckdb" : "sql/duckdb/raw/raw.shop__orders.sql"
              },
              "inputs" : [
                "datapact.setup"
              ],
              "kind" : "raw",
              "name" : "raw.shop__orders",
              "version" : "1.2.0"
            }
          ]
        }
        """);
  }

  @Test
  void jsonHasLfLineEndsTwoSpaceIndentAndOneFinalNewline() {
    String json = small().toJson();

    assertThat(json).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").doesNotEndWith("\n\n");
    for (String line : json.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertThat(indent % 2).as("indent of [%s]", line).isZero();
      assertThat(line).as("trailing blanks").isEqualTo(line.stripTrailing());
    }
    assertThat(json).contains("\n  \"objects\" : [\n    {\n      \"");
  }

  @Test
  void jsonIsTheSameForTheSameGraph() {
    assertThat(small().toJson()).isEqualTo(small().toJson());
    List<PipelineNode> reversed = new ArrayList<>(GRAPH);
    Collections.reverse(reversed);
    assertThat(Pipeline.of(GRAPH).toJson()).isEqualTo(Pipeline.of(reversed).toJson());
  }
}
