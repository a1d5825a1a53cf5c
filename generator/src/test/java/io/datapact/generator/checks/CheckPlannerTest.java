package io.datapact.generator.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.Generator;
import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Check;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan of a small catalog (a source, an SCD2 dimension, a fact), check by check, without a database. */
class CheckPlannerTest {
  static final String CUSTOMERS = """
      apiVersion: datapact/v1
      id: shop.customers
      version: 1.0.0
      owner: {team: shop}
      kind: source
      source: {loadedAt: exported_at}
      sla:
        freshness: {warnAfter: 1h, errorAfter: 2h}
      fields:
        - {name: customer_id, type: long, primaryKey: true}
        - {name: email, type: string, required: true, unique: true, pii: email, classification: confidential}
        - {name: tier, type: string, enum: [gold, silver]}
        - {name: exported_at, type: timestamptz, required: true}
      """;
  static final String STORES = """
      apiVersion: datapact/v1
      id: shop.stores
      version: 2.0.0
      owner: {team: shop}
      kind: dimension
      scd: {type: 2, key: [store_id], updatedAt: changed_at, deletes: close}
      sla:
        volume: {minRows: 1, maxDailyChangePct: 50.5}
      fields:
        - {name: store_id, type: integer, required: true}
        - {name: Store Name, type: string, length: {min: 1, max: 80}}
        - {name: manager_email, type: string, pattern: '@', pii: email, classification: internal}
        - {name: changed_at, type: timestamp, required: true}
      checks:
        - {name: named, expression: "\\"Store Name\\" is not null", severity: warn}
      """;
  static final String ORDERS = """
      apiVersion: datapact/v1
      id: shop.orders
      version: 1.0.0
      owner: {team: shop}
      kind: fact
      grain: [order_id, line]
      incremental: {strategy: merge, timeColumn: ordered_at}
      sla:
        freshness: {column: ordered_at, errorAfter: 1d}
        volume: {maxRows: 1000}
      fields:
        - {name: order_id, type: string, required: true}
        - {name: line, type: integer, required: true, range: {min: 1}}
        - {name: customer_id, type: long, references: shop.customers.customer_id}
        - {name: store_id, type: integer, references: shop.stores.store_id}
        - {name: amount, type: "decimal(10,2)", range: {min: 0, max: 99999.99}}
        - {name: ordered_at, type: timestamp, required: true}
      checks:
        - {name: positive, expression: "AMOUNT > 0 or line > 1"}
      """;

  /**
   * One row per planned check, sorted by name: name | kind | severity | columns | params | samples.
   * The source has no primary key or grain check (its staging view keeps one row per key) and no
   * fan-out; only the dimension a mart joins is checked for keys a batch delivers twice (a source
   * is never joined); the SCD2 dimension with {@code deletes: close} has no gap check; PII keys never sample.
   */
  static final String EXPECTED = """
      dim_shop__stores__batch_duplicates | BATCH_DUPLICATES | ERROR | [store_id] | {downstream=[marts.dim_shop__stores, marts.fct_shop__orders], raw=[raw.shop__stores], version=[changed_at]} | [store_id, _batch_id]
      dim_shop__stores__daily_change | DAILY_CHANGE | ERROR | [_loaded_at] | {max_change_pct=[50.5], unknown_member=[stores_sk]} | []
      dim_shop__stores__expression__named | EXPRESSION | WARN | [Store Name] | {check=[named], expression=["Store Name" is not null], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__fan_out | FAN_OUT | ERROR | [store_id] | {input=[staging.stg_shop__stores], rows=[current_not_deleted], snapshot=[raw.shop__stores], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__grain__store_id | GRAIN | ERROR | [store_id] | {rows=[current], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__length__store_name | LENGTH | ERROR | [Store Name] | {max=[80], min=[1], type=[string], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__not_null__changed_at | NOT_NULL | ERROR | [changed_at] | {type=[timestamp], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__not_null__store_id | NOT_NULL | ERROR | [store_id] | {type=[integer], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__pattern__manager_email | PATTERN | ERROR | [manager_email] | {pattern=[@], type=[string], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__scd2_no_overlap | SCD2_NO_OVERLAP | ERROR | [store_id] | {deletes=[close], type=[timestamp], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__scd2_one_current | SCD2_ONE_CURRENT | ERROR | [store_id] | {deletes=[close], type=[timestamp], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__scd2_valid_window | SCD2_VALID_WINDOW | ERROR | [store_id] | {deletes=[close], type=[timestamp], unknown_member=[stores_sk]} | [store_id]
      dim_shop__stores__volume | VOLUME | ERROR | [] | {min=[1], unknown_member=[stores_sk]} | []
      fct_shop__orders__expression__positive | EXPRESSION | ERROR | [amount, line] | {check=[positive], expression=[AMOUNT > 0 or line > 1]} | [order_id, line]
      fct_shop__orders__fan_out | FAN_OUT | ERROR | [order_id, line] | {input=[staging.stg_shop__orders]} | [order_id, line]
      fct_shop__orders__freshness__error | FRESHNESS | ERROR | [ordered_at] | {max_age=[1d], type=[timestamp]} | []
      fct_shop__orders__grain__order_id__line | GRAIN | ERROR | [order_id, line] | {} | [order_id, line]
      fct_shop__orders__not_null__line | NOT_NULL | ERROR | [line] | {type=[integer]} | [order_id, line]
      fct_shop__orders__not_null__order_id | NOT_NULL | ERROR | [order_id] | {type=[string]} | [order_id, line]
      fct_shop__orders__not_null__ordered_at | NOT_NULL | ERROR | [ordered_at] | {type=[timestamp]} | [order_id, line]
      fct_shop__orders__range__amount | RANGE | ERROR | [amount] | {max=[99999.99], min=[0], type=[decimal(10,2)]} | [order_id, line]
      fct_shop__orders__range__line | RANGE | ERROR | [line] | {min=[1], type=[integer]} | [order_id, line]
      fct_shop__orders__relationships__customer_id | RELATIONSHIPS | ERROR | [customer_id] | {parent=[staging.stg_shop__customers], parent_column=[customer_id], type=[long]} | [order_id, line]
      fct_shop__orders__relationships__store_id | RELATIONSHIPS | ERROR | [store_id] | {parent=[marts.dim_shop__stores], parent_column=[store_id], type=[integer]} | [order_id, line]
      fct_shop__orders__volume | VOLUME | ERROR | [] | {max=[1000]} | []
      stg_shop__customers__accepted_values__tier | ACCEPTED_VALUES | ERROR | [tier] | {type=[string], values=[gold, silver]} | [customer_id]
      stg_shop__customers__freshness__error | FRESHNESS | ERROR | [exported_at] | {max_age=[2h], type=[timestamptz]} | []
      stg_shop__customers__freshness__warn | FRESHNESS | WARN | [exported_at] | {max_age=[1h], type=[timestamptz]} | []
      stg_shop__customers__not_null__customer_id | NOT_NULL | ERROR | [customer_id] | {type=[long]} | [customer_id]
      stg_shop__customers__not_null__email | NOT_NULL | ERROR | [email] | {type=[string]} | [customer_id]
      stg_shop__customers__not_null__exported_at | NOT_NULL | ERROR | [exported_at] | {type=[timestamptz]} | [customer_id]
      stg_shop__customers__unique__email | UNIQUE | ERROR | [email] | {type=[string]} | [customer_id]
      """;

  @Test
  void plansEveryCheckOfASmallCatalog() {
    List<PlannedCheck> plan = CheckPlanner.plan(new PipelineCatalog(TestContracts.parse(CUSTOMERS, STORES, ORDERS)));
    assertThat(plan.stream().map(CheckPlannerTest::row).collect(Collectors.joining("\n", "", "\n")))
        .isEqualTo(EXPECTED);
  }

  @Test
  void namesThatCollideAfterSlugsGetANumberAndLongNamesAHash() {
    String longField = "x".repeat(50);
    Contract c = TestContracts.one("""
        apiVersion: datapact/v1
        id: shop.odd
        version: 1.0.0
        owner: {team: shop}
        kind: fact
        grain: [%1$s_1, %1$s_2]
        fields:
          - {name: a b, type: string, required: true}
          - {name: a_b, type: string, required: true}
          - {name: %1$s_1, type: string}
          - {name: %1$s_2, type: string}
        """.formatted(longField));
    List<String> names = CheckPlanner.plan(new PipelineCatalog(List.of(c))).stream().map(PlannedCheck::name).toList();
    assertThat(names).contains("fct_shop__odd__not_null__a_b", "fct_shop__odd__not_null__a_b__2");
    String grain = names.stream().filter(n -> n.contains("__grain__")).findFirst().orElseThrow();
    assertThat(grain).hasSize(CheckContext.MAX_NAME).matches("fct_shop__odd__grain__x+_1__x+_[0-9a-f]{8}");
  }

  @Test
  void checksWithPlaceholdersAreRefusedOrSkipped() {
    Contract c = TestContracts.one(STORES);
    Contract withPlaceholder = new Contract(c.apiVersion(), c.id(), c.version(), c.status(), c.deprecation(), c.owner(),
        c.description(), c.kind(), c.grain(), c.source(), c.scd(), c.incremental(), c.sla(), c.fields(), c.access(),
        List.of(new Check("mine", "store_id > {{ min_id }}", null, null)));
    PipelineCatalog catalog = new PipelineCatalog(List.of(withPlaceholder));
    assertThatThrownBy(() -> CheckPlanner.plan(catalog))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placeholders [min_id]");
    List<String> skipped = new ArrayList<>();
    assertThat(CheckPlanner.plan(catalog, skipped::add)).noneMatch(p -> p.kind() == CheckKind.EXPRESSION);
    assertThat(skipped).containsExactly("check 'mine' of shop.stores 2.0.0 uses placeholders [min_id], which have no"
        + " value in a test; no test is generated for it");
    assertThat(new Generator(List.of(Dialects.byName("duckdb")), null).generate(List.of(withPlaceholder)).unsupported())
        .isEqualTo(skipped);
  }

  @Test
  void everyCheckIsFoundByItsContract() {
    PipelineCatalog catalog = new PipelineCatalog(TestContracts.examples());
    for (PlannedCheck check : CheckPlanner.plan(catalog)) {
      Contract c = CheckPlanner.contractOf(catalog, check);
      assertThat(catalog.names(c).published()).isEqualTo(check.target());
    }
  }

  static String row(PlannedCheck c) {
    return c.name() + " | " + c.kind() + " | " + c.severity() + " | " + c.columns() + " | " + c.params() + " | "
        + c.sampleColumns() + (c.tolerance() == 0 ? "" : " | tolerance " + c.tolerance());
  }
}
