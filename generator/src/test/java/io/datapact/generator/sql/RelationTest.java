package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RelationTest {
  @Test
  void printsAndSortsAsSchemaDotName() {
    List<Relation> sorted = Stream.of(new Relation("staging", "b"), new Relation("marts", "z"),
        new Relation("marts", "a")).sorted().toList();

    assertThat(sorted).extracting(Relation::toString).containsExactly("marts.a", "marts.z", "staging.b");
  }
}
