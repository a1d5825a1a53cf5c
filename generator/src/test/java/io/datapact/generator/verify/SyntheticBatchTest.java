package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large batch is made in chunks ahead of its consumer, and gives exactly the rows made one by one. */
class SyntheticBatchTest {
  @Test
  void rowsMadeAheadInChunksAreTheRowsMadeOneByOne() {
    List<Contract> contracts = Examples.contracts();
    int rows = 3 * SyntheticBatch.CHUNK + 17;
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withRows("benefits.claims", rows));
    Contract claims = contracts.stream().filter(c -> c.id().equals("benefits.claims")).findFirst().orElseThrow();
    for (int batch = 1; batch <= 2; batch++) {
      SyntheticBatch b = data.batch(claims, batch);
      List<Object[]> ahead = new ArrayList<>();
      b.forEach(ahead::add);
      List<Object[]> oneByOne = new ArrayList<>();
      b.sequential().forEachRemaining(oneByOne::add);

      assertThat(ahead).hasSize(b.size());
      if (batch == 1) {
        assertThat(b.size()).isGreaterThan(2 * SyntheticBatch.CHUNK);
      }
      for (int i = 0; i < ahead.size(); i++) {
        assertThat(ahead.get(i)).as("batch %d row %d", batch, i).containsExactly(oneByOne.get(i));
      }
    }
  }

  @Test
  void aSmallBatchIsMadeOneByOne() {
    List<Contract> contracts = Examples.contracts();
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withDefaultRows(50));
    SyntheticBatch b = data.batch(contracts.get(0), 1);
    Iterator<Object[]> it = b.iterator();
    assertThat(it.getClass()).isEqualTo(b.sequential().getClass());
  }
}
