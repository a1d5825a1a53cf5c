package io.datapact.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Data Contract Specification file written for this test, imported with the expected contract and warnings. */
class DcsImporterTest {
  @Test
  void modelsFieldsDefinitionsServersAndServiceLevels() {
    ImportResult r = new ContractImporter().importText("""
        dataContractSpecification: 1.1.0
        id: Fleet
        info:
          title: Fleet
          version: 3.2.1
          status: active
          owner: fleet-team
          contact: {email: fleet@example.com, name: Jo}
        servers:
          prod:
            type: s3
            format: csv
            roles:
              - name: Dispatcher
        models:
          trips:
            description: One row per trip.
            fields:
              trip_id: {$ref: '#/definitions/trip_id', primaryKey: true}
              driver_phone: {type: string, pii: true, classification: secret}
              fare: {type: decimal, precision: 8, scale: 2, minimum: 0, exclusiveMaximum: 10000}
              started_at: {type: timestamp, required: true}
              stops: {type: array, items: {type: string}}
              kind: {type: string, enum: [ride, delivery]}
        definitions:
          trip_id:
            type: string
            format: uuid
            tags: [id]
        servicelevels:
          availability: {percentage: 99.95%}
          freshness: {threshold: PT2H, timestampField: trips.started_at}
          retention: {period: P1Y}
        """, "fleet.yaml", null, List.of());

    assertThat(ContractImporter.validate(r).problems()).isEmpty();
    assertThat(ContractWriter.write(r.contracts().get(0).contract())).isEqualTo("""
        apiVersion: datapact/v1
        id: fleet.trips
        version: 3.2.1
        owner:
          team: fleet-team
          email: fleet@example.com
        description: One row per trip.
        kind: fact
        grain: [trip_id]
        sla:
          freshness:
            column: started_at
            errorAfter: 2h
          availability: 99.95%
        fields:
          - name: trip_id
            type: uuid
            primaryKey: true
          - name: driver_phone
            type: string
            pii: phone
            classification: restricted
          - name: fare
            type: decimal(8,2)
            range:
              min: '0'
          - name: started_at
            type: timestamptz
            required: true
          - name: stops
            type: list<string>
          - name: kind
            type: string
            enum:
              - ride
              - delivery
        access:
          dispatcher: {}
        """);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "[import-dropped] fleet.yaml:4:3 warning info.title: 'title' not imported: datapact contracts have one description",
        "[import-dropped] fleet.yaml:8:39 warning info.contact.name: 'name' not imported: datapact names the owning team, not a person",
        "[import-dropped] fleet.yaml:10:3 warning servers.prod: server 'prod' not imported (type): datapact reads raw rows from the landing table in source.table",
        "[import-adjusted] fleet.yaml:20:36 warning models.trips.fields.driver_phone.pii: pii: true imported as pii: phone, guessed from the name and format; check it",
        "[import-adjusted] fleet.yaml:20:47 warning models.trips.fields.driver_phone.classification: classification 'secret' is not public, internal, confidential or restricted; imported as restricted because the field holds personal data",
        "[import-dropped] fleet.yaml:21:65 warning models.trips.fields.fare.exclusiveMaximum: 'exclusiveMaximum' not imported: datapact ranges are inclusive, and an exclusive bound of a decimal(8,2) has no inclusive equal",
        "[import-dropped] fleet.yaml:29:5 warning definitions.trip_id.tags: 'tags' not imported: datapact fields have no tags; keep them in an x- key (via $ref of models.trips.fields.trip_id)",
        "[import-dropped] fleet.yaml:33:3 warning servicelevels.retention: 'retention' not imported: datapact contracts do not state retention");
  }
}
