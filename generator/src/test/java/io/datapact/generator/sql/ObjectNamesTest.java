package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ObjectNamesTest {
  /** A contract of a kind, with an optional landing table. */
  static String contract(String id, String version, String kind, String table) {
    String body = switch (kind) {
      case "source" -> "";
      case "dimension" -> "scd: {type: 1, key: [id]}\n";
      case "fact" -> "grain: [id]\n";
      default -> throw new IllegalArgumentException(kind);
    };
    return "apiVersion: datapact/v1\n"
        + "id: " + id + "\n"
        + "version: " + version + "\n"
        + "owner: {team: data}\n"
        + "kind: " + kind + "\n"
        + (table == null ? "" : "source: {table: " + table + "}\n")
        + body
        + "fields:\n"
        + "  - {name: id, type: long, primaryKey: true}\n";
  }

  private static ObjectNames single(String yaml) {
    Contract c = TestContracts.one(yaml);
    return ObjectNames.of(List.of(c)).get(c);
  }

  private static String str(Optional<Relation> relation) {
    return relation.map(Relation::toString).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      source    | shop__orders | raw.shop__orders | staging.stg_shop__orders | -                      | staging.stg_shop__orders
      dimension | shop__orders | raw.shop__orders | staging.stg_shop__orders | marts.dim_shop__orders | marts.dim_shop__orders
      fact      | shop__orders | raw.shop__orders | staging.stg_shop__orders | marts.fct_shop__orders | marts.fct_shop__orders
      """)
  void namesOfEachKind(String kind, String base, String raw, String staging, String mart, String published) {
    ObjectNames names = single(contract("shop.orders", "1.0.0", kind, null));

    assertThat(names.base()).isEqualTo(base);
    assertThat(names.raw()).hasToString(raw);
    assertThat(names.raw().schema()).isEqualTo(ObjectNames.RAW);
    assertThat(names.staging()).hasToString(staging);
    assertThat(names.staging().schema()).isEqualTo(ObjectNames.STAGING);
    assertThat(str(names.mart())).isEqualTo(mart);
    names.mart().ifPresent(m -> assertThat(m.schema()).isEqualTo(ObjectNames.MARTS));
    assertThat(names.published()).hasToString(published);
    assertThat(names.alias()).as("a single major has no alias").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"source", "dimension", "fact"})
  void anExplicitSourceTableIsTheRawTableAndChangesNothingElse(String kind) {
    ObjectNames names = single(contract("shop.orders", "1.0.0", kind, "landing_shop.order_feed"));

    assertThat(names.raw()).isEqualTo(new Relation("landing_shop", "order_feed"));
    assertThat(names.base()).isEqualTo("shop__orders");
    assertThat(names.staging()).hasToString("staging.stg_shop__orders");
  }

  @Test
  void schemaConstants() {
    assertThat(List.of(ObjectNames.RAW, ObjectNames.STAGING, ObjectNames.MARTS, ObjectNames.STATE))
        .containsExactly("raw", "staging", "marts", "datapact");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      dimension | marts.dim_shop__customers_v1 | marts.dim_shop__customers_v2 | marts.dim_shop__customers
      fact      | marts.fct_shop__customers_v1 | marts.fct_shop__customers_v2 | marts.fct_shop__customers
      source    | staging.stg_shop__customers_v1 | staging.stg_shop__customers_v2 | staging.stg_shop__customers
      """)
  void twoMajorsSideBySideAreSuffixedAndTheLatestGetsTheAlias(String kind, String published1,
      String published2, String alias) {
    List<Contract> contracts = TestContracts.parse(
        contract("shop.customers", "1.4.2", kind, null),
        contract("shop.customers", "2.0.0", kind, null));
    Map<Contract, ObjectNames> names = ObjectNames.of(contracts);
    ObjectNames v1 = names.get(contracts.get(0));
    ObjectNames v2 = names.get(contracts.get(1));

    assertThat(v1.base()).isEqualTo("shop__customers_v1");
    assertThat(v2.base()).isEqualTo("shop__customers_v2");
    assertThat(v1.raw()).hasToString("raw.shop__customers_v1");
    assertThat(v2.raw()).hasToString("raw.shop__customers_v2");
    assertThat(v1.staging()).hasToString("staging.stg_shop__customers_v1");
    assertThat(v2.staging()).hasToString("staging.stg_shop__customers_v2");
    assertThat(v1.published()).hasToString(published1);
    assertThat(v2.published()).hasToString(published2);
    assertThat(v1.alias()).as("older major").isEmpty();
    assertThat(str(v2.alias())).as("latest major").isEqualTo(alias);
  }

  @Test
  void theAliasGoesToTheHighestVersionByPrecedenceWhateverTheInputOrder() {
    List<Contract> contracts = new ArrayList<>(TestContracts.parse(
        contract("shop.customers", "9.1.0", "dimension", null),
        contract("shop.customers", "10.0.0-rc.1", "dimension", null),
        contract("shop.customers", "2.0.0", "dimension", null)));
    for (int round = 0; round < 2; round++) {
      Map<Contract, ObjectNames> names = ObjectNames.of(contracts);
      assertThat(names).hasSize(3);
      assertThat(contracts).filteredOn(c -> names.get(c).alias().isPresent())
          .extracting(Contract::version).containsExactly("10.0.0-rc.1");
      assertThat(names.get(contracts.stream().filter(c -> c.version().startsWith("10")).findFirst().orElseThrow())
          .mart()).map(Relation::toString).contains("marts.dim_shop__customers_v10");
      Collections.reverse(contracts);
    }
  }

  @Test
  void contractsOfOtherIdsKeepTheirPlainNames() {
    List<Contract> contracts = TestContracts.parse(
        contract("shop.customers", "1.0.0", "dimension", null),
        contract("shop.customers", "2.0.0", "dimension", null),
        contract("shop.orders", "3.0.0", "fact", null));
    ObjectNames orders = ObjectNames.of(contracts).get(contracts.get(2));

    assertThat(orders.base()).isEqualTo("shop__orders");
    assertThat(orders.mart()).map(Relation::toString).contains("marts.fct_shop__orders");
    assertThat(orders.alias()).isEmpty();
  }

  /**
   * A landing table named in the contract is where the producer lands rows ({@code source.table}:
   * "The landing table of the raw rows", docs/contract-format.md), so it is read as written even
   * when two majors live side by side; the example project's {@code benefits.plans} names
   * {@code raw_benefits.plan_admin_plans} and {@code raw_benefits.plan_admin_plans_v2}.
   *
   * <p>Fails today: the generator appends the major suffix to the named table too, reading
   * {@code raw_benefits.plan_admin_plans_v1} and {@code raw_benefits.plan_admin_plans_v2_v2},
   * tables no producer writes.
   */
  @Test
  void explicitLandingTablesOfTwoMajorsAreUsedAsWritten() {
    List<Contract> contracts = TestContracts.parse(
        contract("shop.customers", "1.4.2", "dimension", "landing.customers"),
        contract("shop.customers", "2.0.0", "dimension", "landing.customers_v2"));
    Map<Contract, ObjectNames> names = ObjectNames.of(contracts);

    assertThat(contracts).map(c -> names.get(c).raw().toString())
        .containsExactly("landing.customers", "landing.customers_v2");
  }
}
