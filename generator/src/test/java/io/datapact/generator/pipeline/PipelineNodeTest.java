package io.datapact.generator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PipelineNodeTest {
  @Test
  void inputsAreSortedWithoutDuplicatesAndCannotBeChanged() {
    List<String> inputs = new ArrayList<>(List.of("staging.b", "marts.a", "staging.b", "datapact.setup"));

    PipelineNode node = new PipelineNode("marts.x", "fact", "shop.x", "1.0.0", inputs, new TreeMap<>());
    inputs.add("late.addition");

    assertThat(node.inputs()).containsExactly("datapact.setup", "marts.a", "staging.b");
    assertThatThrownBy(() -> node.inputs().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
