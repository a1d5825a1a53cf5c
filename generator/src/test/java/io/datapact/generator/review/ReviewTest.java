package io.datapact.generator.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datapact.compat.Acceptance;
import io.datapact.compat.CompatCheck;
import io.datapact.compat.CompatResult;
import io.datapact.compat.RuleTable;
import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReviewTest {
  private static final String CUSTOMERS = """
      apiVersion: datapact/v1
      id: shop.customers
      version: 1.0.0
      owner: {team: shop, email: shop@example.com}
      kind: dimension
      source: {table: raw_shop.customers}
      scd: {type: 1, key: [customer_id]}
      fields:
        - {name: customer_id, type: long, primaryKey: true}
        - {name: email, type: string, required: true, pii: email, classification: confidential}
        - {name: segment, type: string, required: true, enum: [retail, business]}
        - {name: signup_date, type: date}
      access:
        analyst: {masked: true, rowFilter: "segment = 'retail'"}
      """;
  private static final String ORDERS = """
      apiVersion: datapact/v1
      id: shop.orders
      version: 1.0.0
      owner: {team: shop, email: shop@example.com}
      kind: fact
      grain: [order_id]
      source: {table: raw_shop.orders}
      fields:
        - {name: order_id, type: long, required: true, unique: true}
        - {name: customer_id, type: long, required: true, references: shop.customers.customer_id}
      """;

  private static List<Contract> load(String... texts) {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new YamlReader().parse(texts[i], "c" + i + ".yaml", new Problems()).orElseThrow());
    }
    ValidationReport report = ContractValidator.standard().validateDocuments(docs);
    assertThat(report.errors()).isEmpty();
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }

  private static Review review(List<Acceptance> acceptances) {
    List<Contract> before = load(CUSTOMERS, ORDERS);
    List<Contract> after = load(CUSTOMERS.replace("version: 1.0.0", "version: 1.1.0")
        .replace("  - {name: signup_date, type: date}\n", "")
        .replace("{masked: true, rowFilter: \"segment = 'retail'\"}", "{masked: true}")
        .replace("enum: [retail, business]", "enum: [retail, business, partner]"), ORDERS);
    CompatResult result = new CompatCheck(RuleTable.standard(), LocalDate.of(2026, 11, 25))
        .check(before, after, acceptances);
    Generator generator = new Generator(List.of(Dialects.byName("duckdb")), null);
    GeneratedFiles old = generator.generate(before);
    GeneratedFiles now = generator.generate(after);
    return Review.of("folder v1", result, before, after, old, now);
  }

  @Test
  void theMarkdownListsBreakingThenPrivacyThenOtherChangesAndWhatTheyReach() {
    String md = ReviewMarkdown.render(review(List.of()));
    assertThat(md).startsWith("# datapact review\n\nBaseline: folder v1. 2 contracts compared, 1 changed,"
        + " 3 changes, 2 errors, 0 warnings, 0 accepted.\n\n");
    assertThat(md).contains("| shop.customers | 1.0.0 -> 1.1.0 | minor | major | 1 | 1 | 1 | **fails** |\n");
    assertThat(md).contains("|---|---|---|---|---|---|---|---|\n| `field-removed` |");
    assertThat(md).contains("violation** |\n\n## Privacy changes\n\n### shop.customers 1.0.0 -> 1.1.0\n\n| Rule |");
    assertThat(md.indexOf("## Breaking changes")).isLessThan(md.indexOf("## Privacy changes"));
    assertThat(md.indexOf("## Privacy changes")).isLessThan(md.indexOf("## Other changes"));
    assertThat(md).contains("| `field-removed` | `fields.signup_date` | field removed (was date) | `date` | `none`"
        + " | consumers | major | **violation** |\n");
    assertThat(md).contains("| `row-filter-widened` | `access.analyst.rowFilter` |");
    assertThat(md).contains("| `enum-value-added` | `fields.segment.enum` |");
    // The orders fact reads the customers dimension, so the change reaches it and its tests.
    assertThat(md).contains("- fact: `marts.fct_shop__orders (shop.orders)`");
    assertThat(md).contains("- roles: analyst\n");
    assertThat(md).contains("<details><summary>sql/duckdb/staging/stg_shop__customers.sql</summary>");
    assertThat(md).containsPattern("(?m)^-.*signup_date");
  }

  @Test
  void theJsonCarriesTheSameFindings() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReviewJson.render(review(List.of())));
    assertThat(root.path("format").asText()).isEqualTo("datapact-review/v1");
    JsonNode customers = root.path("contracts").get(0);
    assertThat(customers.path("id").asText()).isEqualTo("shop.customers");
    assertThat(customers.path("requiredBump").asText()).isEqualTo("major");
    assertThat(customers.path("fails").asBoolean()).isTrue();
    assertThat(customers.path("breaking").get(0).path("rule").asText()).isEqualTo("field-removed");
    assertThat(customers.path("privacy").get(0).path("rule").asText()).isEqualTo("row-filter-widened");
    assertThat(customers.path("sql").size()).isPositive();
  }

  @Test
  void theJunitXmlIsWellFormedWithOneFailurePerFailingChange() throws Exception {
    String xml = ReviewJunit.render(review(List.of()));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml).contains("name=\"row-filter-widened access.analyst.rowFilter\"");
  }

  @Test
  void acceptedChangesShowTheirOutcome() {
    List<Acceptance> accepted = List.of(
        new Acceptance("shop.customers", "1.1.0", "field-removed", "fields.signup_date", "never loaded"),
        new Acceptance("shop.customers", "1.1.0", "row-filter-widened", "access.analyst.rowFilter", "all retail now"));
    String md = ReviewMarkdown.render(review(accepted));
    assertThat(md).contains("| shop.customers | 1.0.0 -> 1.1.0 | minor | major | 1 | 1 | 1 | ok |\n");
    assertThat(md).contains("| consumers | major | accepted |\n");
  }
}
