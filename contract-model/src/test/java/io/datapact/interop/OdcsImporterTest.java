package io.datapact.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ODCS files written for these tests, imported with exactly the expected contracts and warnings. */
class OdcsImporterTest {
  private static ImportResult load(String yaml) {
    return new ContractImporter().importText(yaml, "test.odcs.yaml", null, List.of());
  }

  private static List<String> problems(ImportResult r) {
    return r.problems().stream().map(Problem::toString).toList();
  }

  private static String only(ImportResult r) {
    assertThat(r.contracts()).hasSize(1);
    assertThat(ContractImporter.validate(r).problems()).isEmpty();
    return ContractWriter.write(r.contracts().get(0).contract());
  }

  @Test
  void v32EnumsExclusiveBoundsAndTheTeamOfV30() {
    ImportResult r = load("""
        apiVersion: v3.2.0
        kind: DataContract
        id: x1
        version: 2.0.0
        status: proposed
        dataProduct: Pet Store
        team:
          - username: ann
            role: owner
        schema:
          - name: PetVisits
            properties:
              - name: VisitID
                logicalType: integer
                logicalTypeOptions: {exclusiveMinimum: 0, format: i32}
                primaryKey: true
              - name: kind
                logicalType: string
                enum:
                  - {value: dog, label: Dog}
                  - value: cat
              - name: visited_on
                logicalType: date
                logicalTypeOptions: {exclusiveMaximum: "2030-01-01"}
              - name: weight
                logicalType: number
                logicalTypeOptions: {exclusiveMinimum: 0}
        """);

    assertThat(only(r)).isEqualTo("""
        apiVersion: datapact/v1
        id: pet_store.pet_visits
        version: 2.0.0
        status: draft
        owner:
          team: pet_store
        kind: fact
        grain: [visit_id]
        fields:
          - name: visit_id
            sourceName: VisitID
            type: integer
            primaryKey: true
            range:
              min: 1
          - name: kind
            type: string
            enum:
              - dog
              - cat
          - name: visited_on
            type: date
            range:
              max: 2029-12-31
          - name: weight
            type: double
        """);
    assertThat(problems(r)).containsExactly(
        "[import-dropped] test.odcs.yaml:3:1 warning id: 'id' not imported: datapact ids are domain.name, made from the domain and each schema object's name",
        "[import-adjusted] test.odcs.yaml:7:1 warning team: team members not imported (datapact names the owning team, not its people): owner.team set to 'pet_store'",
        "[import-dropped] test.odcs.yaml:20:26 warning schema[0].properties[1].enum[0].label: 'label' not imported: datapact enum values have no labels",
        "[import-dropped] test.odcs.yaml:27:30 warning schema[0].properties[3].logicalTypeOptions.exclusiveMinimum: 'exclusiveMinimum' not imported: datapact ranges are inclusive, and an exclusive bound of a double has no inclusive equal");
  }

  @Test
  void qualityRulesBecomeRequiredUniqueEnumVolumeAndChecks() {
    ImportResult r = load("""
        apiVersion: v3.1.0
        kind: DataContract
        version: 1.0.0
        domain: shop
        team: {name: shop}
        schema:
          - name: orders
            properties:
              - name: order_no
                logicalType: string
                quality:
                  - {metric: nullValues, mustBe: 0}
                  - {metric: duplicateValues, mustBeLessOrEqualTo: 0}
                  - {metric: missingValues, arguments: {missingValues: [null, ""]}, mustBe: 0}
              - name: state
                logicalType: string
                quality:
                  - {metric: invalidValues, arguments: {validValues: [new, done]}, mustBe: 0}
                  - {metric: nullValues, mustBeLessThan: 5, unit: percent}
              - name: qty
                logicalType: integer
            quality:
              - {metric: rowCount, mustBeBetween: [10, 5000]}
              - type: sql
                name: Positive Qty
                severity: warning
                query: select count(*) from ${object} where not (qty > 0)
                mustBe: 0
              - type: sql
                query: SELECT COUNT(*) FROM orders WHERE state = 'done' AND qty IS NULL
                mustBeLessThan: 1
              - {type: sql, query: "select count(*) from customers where x = 1", mustBe: 0}
              - {type: sql, query: "select avg(qty) from orders", mustBeGreaterThan: 1}
              - {type: sql, query: "select count(*) from orders where qty::int > 0", mustBe: 0}
              - {type: text, description: Orders look right}
        """);

    assertThat(only(r)).isEqualTo("""
        apiVersion: datapact/v1
        id: shop.orders
        version: 1.0.0
        owner:
          team: shop
        kind: source
        sla:
          volume:
            minRows: 10
            maxRows: 5000
        fields:
          - name: order_no
            type: string
            required: true
            unique: true
            transform: [null_if_empty]
          - name: state
            type: string
            enum:
              - new
              - done
          - name: qty
            type: long
        checks:
          - name: positive_qty
            expression: qty > 0
            severity: warn
          - name: quality
            expression: 'not (state = ''done'' AND qty IS NULL)'
        """);
    assertThat(problems(r)).containsExactly(
        "[import-dropped] test.odcs.yaml:19:13 warning schema[0].properties[1].quality[1]: quality rule not imported: nullValues with this threshold in percent tolerates bad rows; datapact rules hold for every row",
        "[import-dropped] test.odcs.yaml:32:9 warning schema[0].quality[3]: quality rule not imported: the query reads 'customers', not this dataset; datapact checks read only their own dataset",
        "[import-dropped] test.odcs.yaml:33:9 warning schema[0].quality[4]: quality rule not imported: only 'select count(*) from <table> [where <condition>]' with a bound can be stated in a contract",
        "[import-dropped] test.odcs.yaml:34:9 warning schema[0].quality[5]: quality rule not imported: the condition contains ':' at offset 3; datapact checks are one boolean expression over the dataset's fields",
        "[import-dropped] test.odcs.yaml:35:9 warning schema[0].quality[6]: quality rule not imported: a text rule describes quality for people; datapact imports only rules it can run");
  }

  @Test
  void slaRolesAndRelationships() {
    ImportResult r = load("""
        apiVersion: v3.0.2
        kind: DataContract
        version: 1.0.0
        domain: shop
        team: {name: shop}
        schema:
          - name: customers
            properties:
              - {name: id, logicalType: integer, physicalType: bigint, unique: true}
          - name: orders
            properties:
              - name: customer
                logicalType: integer
                relationships: [{to: customers.id}]
              - name: shop
                logicalType: integer
                relationships: [{to: shops.id}]
              - {name: placed_at, logicalType: timestamp}
        roles:
          - {role: BI Reader, access: read}
          - {role: etl, access: readwrite}
        slaProperties:
          - {property: latency, value: 90, unit: minutes}
          - {property: freshness, value: 1.5, unit: d, element: orders.placed_at}
          - {property: availability, value: 99.5}
          - {property: retention, value: 1, unit: y}
        """);

    Contract orders = r.contracts().get(1).contract();
    assertThat(ContractImporter.validate(r).problems()).isEmpty();
    assertThat(orders.field("customer").orElseThrow().references()).isEqualTo("shop.customers.id");
    assertThat(orders.field("shop").orElseThrow().references()).isNull();
    assertThat(orders.sla().latency()).isEqualTo("90m");
    assertThat(orders.sla().freshness().errorAfter()).isEqualTo("36h");
    assertThat(orders.sla().freshness().column()).isEqualTo("placed_at");
    assertThat(orders.sla().availability()).isEqualTo("99.5%");
    assertThat(r.contracts().get(0).contract().sla().freshness()).isNull();
    assertThat(orders.access().keySet()).containsExactly("bi_reader", "etl");
    assertThat(orders.access().get("etl").write()).isTrue();
    assertThat(orders.access().get("bi_reader").write()).isFalse();
    assertThat(problems(r)).containsExactly(
        "[import-dropped] test.odcs.yaml:17:25 warning schema[1].properties[1].relationships[0]: relationship to shops.id not imported: no imported or existing contract has that field",
        "[import-dropped] test.odcs.yaml:26:5 warning slaProperties[3]: SLA property 'retention' not imported: datapact contracts do not state retention");
  }

  @Test
  void filesThatAreNoContractAreErrors() {
    assertThat(problems(load("just: a mapping\n"))).containsExactly(
        "[import-format-unknown] test.odcs.yaml:1:1 neither an ODCS v3 file (apiVersion v3.x, kind DataContract) nor a "
            + "Data Contract Specification file (dataContractSpecification); name the format with datapact.importFormat");
    assertThat(load("apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - properties: []\n").problems())
        .filteredOn(Problem::isError).extracting(Problem::toString)
        .containsExactly("[import-invalid] test.odcs.yaml:4:5 schema[0]: schema object has no name; give every schema object a name");
    assertThat(load("apiVersion: [v3\n").ok()).isFalse();
    assertThat(load("apiVersion: [v3\n").contracts()).isEmpty();
  }
}
