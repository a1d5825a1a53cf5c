package io.datapact.generator.sql;

import static io.datapact.generator.sql.ObjectNamesTest.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCatalogTest {
  private final List<Contract> contracts = TestContracts.parse(
      contract("shop.orders", "1.0.0", "fact", null),
      contract("shop.customers", "10.0.0", "dimension", null),
      contract("shop.customers", "9.0.0", "dimension", null),
      contract("crm.accounts", "1.0.0", "source", null));

  @Test
  void contractsAreSortedByIdThenVersionPrecedenceWhateverTheInputOrder() {
    List<Contract> reversed = new ArrayList<>(contracts);
    Collections.reverse(reversed);
    for (List<Contract> input : List.of(contracts, reversed)) {
      assertThat(new PipelineCatalog(input).contracts()).extracting(c -> c.id() + " " + c.version())
          .containsExactly("crm.accounts 1.0.0", "shop.customers 9.0.0", "shop.customers 10.0.0",
              "shop.orders 1.0.0");
    }
  }

  @Test
  void latestIsTheHighestVersionOfAnId() {
    PipelineCatalog catalog = new PipelineCatalog(contracts);

    assertThat(catalog.latest("shop.customers")).map(Contract::version).contains("10.0.0");
    assertThat(catalog.latest("shop.orders")).map(Contract::version).contains("1.0.0");
    assertThat(catalog.latest("shop.unknown")).isEmpty();
  }

  @Test
  void namesAreThoseOfObjectNames() {
    PipelineCatalog catalog = new PipelineCatalog(contracts);

    for (Contract c : contracts) {
      assertThat(catalog.names(c)).isEqualTo(ObjectNames.of(contracts).get(c));
    }
    assertThat(catalog.names(contracts.get(1)).alias()).map(Relation::toString)
        .contains("marts.dim_shop__customers");
  }
}
