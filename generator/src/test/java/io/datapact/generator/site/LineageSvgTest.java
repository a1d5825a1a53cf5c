package io.datapact.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.site.LineageSvg.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LineageSvgTest {
  private static PipelineNode node(String name, String kind, String... inputs) {
    return new PipelineNode(name, kind, null, null, List.of(inputs), new TreeMap<>());
  }

  @Test
  void aNodeSitsOneLayerPastItsDeepestInput() {
    Pipeline p = Pipeline.of(List.of(
        node("raw.a", "raw"), node("stg.a", "staging", "raw.a"), node("raw.b", "raw"),
        node("stg.b", "staging", "raw.b"), node("dim.a", "dimension", "stg.a"),
        node("fct.b", "fact", "stg.b", "dim.a"), node("elsewhere.x", "raw", "not.drawn"),
        node("tests.a", "test", "stg.a")));
    List<Box> boxes = LineageSvg.layout(p.nodes());
    // Data checks come last, whatever they read.
    assertThat(boxes).extracting(b -> b.node().name() + "@" + b.layer()).containsExactly(
        "elsewhere.x@0", "raw.a@0", "raw.b@0", "stg.a@1", "stg.b@1", "dim.a@2", "fct.b@3", "tests.a@4");
    // Layers are columns left to right; a layer's nodes stack in execution order.
    assertThat(boxes.get(0).x()).isEqualTo(boxes.get(2).x()).isLessThan(boxes.get(3).x());
    assertThat(boxes.get(0).y()).isLessThan(boxes.get(1).y());
    assertThat(boxes.get(5).x()).isLessThan(boxes.get(6).x());
  }

  @Test
  void aTallLayerWrapsIntoFurtherColumns() {
    List<PipelineNode> nodes = new ArrayList<>(List.of(node("m", "fact")));
    for (int i = 0; i < LineageSvg.MAX_ROWS + 3; i++) {
      nodes.add(node(String.format("tests.t%02d", i), "test", "m"));
    }
    List<Box> boxes = LineageSvg.layout(Pipeline.of(nodes).nodes());
    Box first = boxes.get(1);
    Box last = boxes.get(boxes.size() - 1);
    assertThat(first.layer()).isEqualTo(last.layer()).isEqualTo(1);
    assertThat(last.x()).isGreaterThan(first.x());
    assertThat(last.y()).isEqualTo(first.y() + 2 * 34);
  }

  @Test
  void drawsNodesEdgesAndLinksWithEscapedNames() {
    Pipeline p = Pipeline.of(List.of(node("raw.<a&b>", "raw"), node("stg.\"q\"", "staging", "raw.<a&b>")));
    String svg = LineageSvg.render(p.nodes(), n -> n.kind().equals("raw") ? "contracts/x.html?a=1&b=2" : null);
    assertThat(svg).isEqualTo("""
        <svg xmlns="http://www.w3.org/2000/svg" class="lineage" width="264" height="56" viewBox="0 0 264 56" \
        role="img" aria-label="Pipeline lineage: 2 objects">
        <g class="edges" fill="none" stroke="#8a94a6" stroke-width="1">
        <path data-from="raw.&lt;a&amp;b&gt;" data-to="stg.&quot;q&quot;" d="M108,28 C140,28 140,28 172,28"/>
        </g>
        <g class="nodes" font-family="monospace" font-size="12">
        <g class="node kind-raw" data-node="raw.&lt;a&amp;b&gt;"><a href="contracts/x.html?a=1&amp;b=2">\
        <title>raw.&lt;a&amp;b&gt; (raw)</title><rect x="16" y="16" width="92" height="24" rx="4" fill="#fefcbf" \
        stroke="#4a5568"/><text x="26" y="32">raw.&lt;a&amp;b&gt;</text></a></g>
        <g class="node kind-staging" data-node="stg.&quot;q&quot;"><title>stg.&quot;q&quot; (staging)</title>\
        <rect x="172" y="16" width="76" height="24" rx="4" fill="#c6f6d5" stroke="#4a5568"/>\
        <text x="182" y="32">stg.&quot;q&quot;</text></g>
        </g>
        </svg>
        """);
  }
}
