package io.datapact.generator.site;

import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a pipeline DAG as SVG without any layout tool: each node sits in the layer one past the
 * deepest of its inputs, layers run left to right, nodes of a layer keep their execution order top
 * to bottom, and a layer taller than {@value #MAX_ROWS} nodes wraps into further columns. Data
 * checks ({@code test} nodes) all go in one last layer, with lighter edges, so that the objects
 * keep a compact picture. Sizes come from the length of the names in a monospace font, so the same
 * pipeline always gives the same bytes.
 *
 * <pre>{@code
 * String svg = LineageSvg.render(pipeline.nodes(), node -> "contracts/" + node.contract() + ".html");
 * }</pre>
 */
public final class LineageSvg {
  /** Most nodes stacked in one column before a layer wraps. */
  public static final int MAX_ROWS = 25;
  private static final int CHAR_WIDTH = 8;
  private static final int NODE_HEIGHT = 24;
  private static final int ROW_GAP = 10;
  private static final int COLUMN_GAP = 24;
  private static final int LAYER_GAP = 64;
  private static final int MARGIN = 16;
  private static final int PADDING = 10;

  private LineageSvg() {}

  /** A placed node: its box, top-left corner first. */
  record Box(PipelineNode node, int layer, int x, int y, int width) {
    int midY() {
      return y + NODE_HEIGHT / 2;
    }
  }

  /**
   * The SVG of the nodes, given in execution order (inputs before readers). Inputs that are not
   * among the nodes are left out. {@code link} gives each node's link target, or null for none.
   */
  public static String render(List<PipelineNode> nodes, Function<PipelineNode, String> link) {
    List<Box> boxes = layout(nodes);
    Map<String, Box> byName = new HashMap<>();
    boxes.forEach(b -> byName.put(b.node().name(), b));
    int width = boxes.stream().mapToInt(b -> b.x() + b.width()).max().orElse(0) + MARGIN;
    int height = boxes.stream().mapToInt(b -> b.y() + NODE_HEIGHT).max().orElse(0) + MARGIN;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Pipeline lineage: ").append(boxes.size()).append(" objects\">\n");
    svg.append("<g class=\"edges\" fill=\"none\" stroke=\"#8a94a6\" stroke-width=\"1\">\n");
    StringBuilder checkEdges = new StringBuilder();
    for (Box to : boxes) {
      for (String input : to.node().inputs()) {
        Box from = byName.get(input);
        if (from != null) {
          int x1 = from.x() + from.width();
          int x2 = to.x();
          int mid = (x1 + x2) / 2;
          (isTest(to.node()) ? checkEdges : svg).append("<path data-from=\"").append(Html.escape(input)).append("\" data-to=\"")
              .append(Html.escape(to.node().name())).append("\" d=\"M").append(x1).append(',').append(from.midY())
              .append(" C").append(mid).append(',').append(from.midY()).append(' ').append(mid).append(',')
              .append(to.midY()).append(' ').append(x2).append(',').append(to.midY()).append("\"/>\n");
        }
      }
    }
    if (!checkEdges.isEmpty()) {
      svg.append("<g class=\"check-edges\" stroke-opacity=\"0.3\">\n").append(checkEdges).append("</g>\n");
    }
    svg.append("</g>\n<g class=\"nodes\" font-family=\"monospace\" font-size=\"12\">\n");
    for (Box b : boxes) {
      PipelineNode n = b.node();
      String target = link.apply(n);
      svg.append("<g class=\"node kind-").append(Html.escape(n.kind())).append("\" data-node=\"")
          .append(Html.escape(n.name())).append("\">");
      if (target != null) {
        svg.append("<a href=\"").append(Html.escape(target)).append("\">");
      }
      svg.append("<title>").append(Html.escape(title(n))).append("</title>")
          .append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width())
          .append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"4\" fill=\"").append(fill(n.kind()))
          .append("\" stroke=\"#4a5568\"/>")
          .append("<text x=\"").append(b.x() + PADDING).append("\" y=\"").append(b.y() + 16).append("\">")
          .append(Html.escape(n.name())).append("</text>");
      if (target != null) {
        svg.append("</a>");
      }
      svg.append("</g>\n");
    }
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** Places the nodes: layers by longest input path, columns of at most {@link #MAX_ROWS}. */
  static List<Box> layout(List<PipelineNode> nodes) {
    Map<String, Integer> layerOf = new HashMap<>();
    Map<Integer, List<PipelineNode>> layers = new LinkedHashMap<>();
    int deepest = -1;
    for (PipelineNode n : nodes) {
      if (isTest(n)) {
        continue;
      }
      int layer = 0;
      for (String input : n.inputs()) {
        Integer l = layerOf.get(input);
        if (l != null) {
          layer = Math.max(layer, l + 1);
        }
      }
      layerOf.put(n.name(), layer);
      deepest = Math.max(deepest, layer);
    }
    int checks = deepest + 1;
    for (PipelineNode n : nodes) {
      if (isTest(n)) {
        layerOf.put(n.name(), checks);
        deepest = checks;
      }
    }
    for (int l = 0; l <= deepest; l++) {
      layers.put(l, new ArrayList<>());
    }
    nodes.forEach(n -> layers.get(layerOf.get(n.name())).add(n));
    List<Box> boxes = new ArrayList<>();
    int x = MARGIN;
    for (var layer : layers.entrySet()) {
      List<PipelineNode> members = layer.getValue();
      for (int start = 0; start < members.size(); start += MAX_ROWS) {
        List<PipelineNode> column = members.subList(start, Math.min(members.size(), start + MAX_ROWS));
        int width = column.stream().mapToInt(n -> n.name().length()).max().orElse(0) * CHAR_WIDTH + 2 * PADDING;
        for (int row = 0; row < column.size(); row++) {
          boxes.add(new Box(column.get(row), layer.getKey(), x, MARGIN + row * (NODE_HEIGHT + ROW_GAP), width));
        }
        x += width + (start + MAX_ROWS < members.size() ? COLUMN_GAP : LAYER_GAP);
      }
    }
    return boxes;
  }

  /** Whether the node is a data check. */
  static boolean isTest(PipelineNode n) {
    return PipelineRunner.TEST.equals(n.kind());
  }

  private static String title(PipelineNode n) {
    return n.name() + " (" + n.kind() + (n.contract() == null ? "" : ", " + n.contract() + " " + n.version()) + ")";
  }

  private static String fill(String kind) {
    return switch (kind) {
      case "setup" -> "#e2e8f0";
      case "raw" -> "#fefcbf";
      case "staging" -> "#c6f6d5";
      case "dimension" -> "#bee3f8";
      case "fact" -> "#fed7e2";
      case "alias" -> "#e9d8fd";
      default -> "#f7fafc";
    };
  }
}
