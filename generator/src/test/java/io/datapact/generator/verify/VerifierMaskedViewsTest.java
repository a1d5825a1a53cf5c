package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.model.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify compares every cell of every masked view with the PII values it loaded. */
class VerifierMaskedViewsTest {
  private static final String CUSTOMERS = """
      apiVersion: datapact/v1
      id: shop.customers
      version: 1.0.0
      owner: {team: shop-data}
      kind: dimension
      scd: {type: 1, key: [customer_id]}
      fields:
        - {name: customer_id, type: long, required: true, unique: true}
        - {name: full_name, type: string, pii: name, classification: confidential}
        - {name: email, type: string, pii: email, classification: confidential}
        - {name: phone, type: string, pii: phone, classification: confidential}
        - {name: card, type: string, pii: credit_card, classification: restricted, masking: hash}
        - {name: birth_date, type: date, pii: birth_date, classification: confidential}
        - {name: last_ip, type: string, pii: ip, classification: internal}
        - {name: street, type: string, pii: address, classification: confidential}
        - {name: region, type: string, required: true, enum: [north, south]}
      access:
        analyst: {masked: true, rowFilter: "region = {{ region }}"}
        marketing: {masked: true}
        support: {masked: false}
        loader: {write: true}
      """;

  private static VerifyOptions options(Path templates) {
    return new VerifyOptions(null, null, SyntheticOptions.defaults().withDefaultRows(200),
        Instant.parse("2026-01-15T12:00:00Z"), templates, "verify-salt");
  }

  @Test
  void theMaskedViewsHoldNoRawPiiValue() throws Exception {
    List<Contract> contracts = TestContracts.parse(CUSTOMERS);

    VerifyReport report = new Verifier().verify(contracts, options(null));

    assertThat(report.errors()).isEmpty();
    assertThat(report.steps()).extracting(VerifyReport.Step::name).contains("masked views hold no raw PII");
  }

  @Test
  void aViewThatShowsRawValuesFailsNamingTheColumnAndFieldButNotTheValue(@TempDir Path templates) throws Exception {
    Path view = templates.resolve("sql/duckdb/security_view.sql.ftl");
    Files.createDirectories(view.getParent());
    Files.writeString(view, "CREATE SCHEMA IF NOT EXISTS ${m.schema};\n"
        + "CREATE OR REPLACE VIEW ${m.view} AS SELECT * FROM ${m.source} AS t;\n");

    VerifyReport report = new Verifier().verify(TestContracts.parse(CUSTOMERS), options(templates));

    assertThat(report.errors()).contains(
        "masked view for_marketing.shop__customers shows raw PII in column email: a value of shop.customers.email",
        "masked view for_analyst.shop__customers shows raw PII in column birth_date: a value of shop.customers.birth_date",
        "masked view for_marketing.shop__customers shows raw PII in column street: a value of shop.customers.street");
    assertThat(report.errors()).noneMatch(e -> e.contains("@example") || e.contains("for_support"));
  }
}
