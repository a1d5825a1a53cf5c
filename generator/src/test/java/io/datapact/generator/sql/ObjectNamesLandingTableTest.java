package io.datapact.generator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.Scd;
import io.datapact.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Landing tables of two majors of one contract, with and without a declared table. */
class ObjectNamesLandingTableTest {
  @Test
  void aDeclaredSourceTableIsUsedAsWrittenEvenWithTwoMajors() {
    Contract v1 = plans("1.4.2", "raw_benefits.plan_admin_plans");
    Contract v2 = plans("2.0.0", "raw_benefits.plan_admin_plans_v2");
    Map<Contract, ObjectNames> names = ObjectNames.of(List.of(v1, v2));
    assertThat(names.get(v1).raw()).hasToString("raw_benefits.plan_admin_plans");
    assertThat(names.get(v2).raw()).hasToString("raw_benefits.plan_admin_plans_v2");
    assertThat(names.get(v1).mart()).hasValueSatisfying(m -> assertThat(m).hasToString("marts.dim_benefits__plans_v1"));
    assertThat(names.get(v2).alias()).hasValueSatisfying(a -> assertThat(a).hasToString("marts.dim_benefits__plans"));
  }

  @Test
  void twoMajorsDeclaringOneTableGetOneTableEach() {
    Contract v1 = plans("1.4.2", "raw_benefits.plan_admin_plans");
    Contract v2 = plans("2.0.0", "raw_benefits.plan_admin_plans");
    Map<Contract, ObjectNames> names = ObjectNames.of(List.of(v1, v2));
    assertThat(names.get(v1).raw()).hasToString("raw_benefits.plan_admin_plans_v1");
    assertThat(names.get(v2).raw()).hasToString("raw_benefits.plan_admin_plans_v2");
  }

  @Test
  void withoutADeclaredTableTwoMajorsLandInSuffixedRawTables() {
    Contract v1 = plans("1.4.2", null);
    Contract v2 = plans("2.0.0", null);
    Map<Contract, ObjectNames> names = ObjectNames.of(List.of(v1, v2));
    assertThat(names.get(v1).raw()).hasToString("raw.benefits__plans_v1");
    assertThat(names.get(v2).raw()).hasToString("raw.benefits__plans_v2");
  }

  private static Contract plans(String version, String table) {
    Field id = new Field("plan_id", null, "string", null, false, false, true, null, null, null, null, null, null,
        null, null, null);
    return new Contract("datapact/v1", "benefits.plans", version, null, null, null, null, Kind.DIMENSION,
        null, new Source(table, null, null, null), new Scd(1, List.of("plan_id"), null, null, null, null), null,
        null, List.of(id), null, null);
  }
}
