package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestSetTest {
  @Test
  void aValueIsAddedOnceAndTheSetGrowsPastItsExpectedSize() {
    DigestSet set = new DigestSet(4);
    for (int i = 0; i < 100_000; i++) {
      assertThat(set.add("CLM-" + i)).as("first add of CLM-" + i).isTrue();
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(set.add("CLM-" + i)).as("second add of CLM-" + i).isFalse();
    }
    assertThat(set.add("CLM-100000")).isTrue();
  }

  @Test
  void equalValuesOfEveryKindHaveEqualDigestsAndNearOnesDiffer() {
    assertThat(DigestSet.digest(List.of("a", 1L))).isEqualTo(DigestSet.digest(List.of("a", 1L)))
        .isNotEqualTo(DigestSet.digest(List.of(1L, "a")));
    assertThat(DigestSet.digest(LocalDate.of(2026, 1, 2))).isEqualTo(DigestSet.digest(LocalDate.of(2026, 1, 2)))
        .isNotEqualTo(DigestSet.digest(LocalDate.of(2026, 1, 3)));
    assertThat(DigestSet.digest(new BigDecimal("1.50"))).isEqualTo(DigestSet.digest(new BigDecimal("1.50")));
    assertThat(DigestSet.digest("ab")).isNotEqualTo(DigestSet.digest("ba"));
    DigestSet tuples = new DigestSet(16);
    assertThat(tuples.add(List.of("x", 2))).isTrue();
    assertThat(tuples.add(List.of("x", 2))).isFalse();
    assertThat(tuples.add(java.util.Arrays.asList("x", null))).isTrue();
  }
}
