package io.datapact.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.Generator;
import io.datapact.generator.TestContracts;
import io.datapact.generator.output.OutputWriter;
import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of the example contracts in a headless browser (HtmlUnit), opened from {@code file://}
 * with JavaScript on: the search box finds contracts, its results lead to contract pages that show
 * fields, PII marks and checks, and the lineage SVG holds every node of the pipeline DAG. Any
 * request that is not for a file fails the test: the site needs no network.
 */
class DocsSiteBrowserTest {
  @TempDir
  static Path site;

  private static List<Contract> contracts;
  private static Pipeline pipeline;

  private WebClient browser;
  private final List<URL> network = new ArrayList<>();

  @BeforeAll
  static void writeSite() throws IOException {
    contracts = TestContracts.examples();
    pipeline = new Generator(List.of(Dialects.byName("duckdb")), null).generate(contracts).pipeline();
    new OutputWriter(site).write(new DocsSite(null).render(contracts));
  }

  @BeforeEach
  void openBrowser() {
    browser = new WebClient();
    browser.getOptions().setThrowExceptionOnScriptError(true);
    browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
    new WebConnectionWrapper(browser) {
      @Override
      public WebResponse getResponse(WebRequest request) throws IOException {
        network.add(request.getUrl());
        return super.getResponse(request);
      }
    };
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    assertThat(network).as("requests that were not for files of the site").isEmpty();
  }

  @Test
  void searchFindsAContractAndItsPageShowsFieldsPiiAndChecks() throws Exception {
    HtmlPage index = browser.getPage(site.resolve("index.html").toUri().toURL());
    assertThat(index.getTitleText()).isEqualTo("Data contracts - datapact");
    assertThat(hits(index)).isEmpty();

    HtmlInput search = index.getHtmlElementById("search");
    search.type("employee");
    List<DomNode> hits = hits(index);
    assertThat(hits).extracting(DomNode::getTextContent)
        .contains("benefits.employees 3.1.0", "benefits.claims 2.1.0");
    // Each hit says why it matched: a field (claims.employee_id) or the description.
    assertThat(hits).extracting(hit -> hit.getParentNode().getTextContent())
        .allSatisfy(text -> assertThat(text).containsIgnoringCase("employee"));

    // Several terms narrow the hits down: every term must match.
    search.type(" ssn");
    assertThat(hits(index)).extracting(DomNode::getTextContent).containsExactly("benefits.employees 3.1.0");

    HtmlPage page = ((HtmlAnchor) hits(index).get(0)).click();
    assertThat(page.getUrl().getPath()).endsWith("/contracts/benefits.employees/3.1.0.html");
    assertThat(page.querySelector("h1").getTextContent()).contains("benefits.employees", "3.1.0", "active");

    List<String> fields = texts(page, "table.fields tr.field td.name > code");
    Contract employees = contract("benefits.employees", "3.1.0");
    assertThat(fields).containsExactlyElementsOf(employees.fields().stream().map(f -> f.name()).toList());
    DomNode ssn = row(page, "table.fields tr.field", "ssn");
    assertThat(ssn.querySelector(".pii-mark").getTextContent()).isEqualTo("PII: ssn");
    assertThat(ssn.querySelector("td.checks").getTextContent()).isEqualTo("dim_benefits__employees__pattern__ssn");
    long piiMarks = page.querySelectorAll(".pii-mark").size();
    assertThat(piiMarks).isEqualTo(employees.fields().stream().filter(f -> f.pii() != null).count()).isPositive();

    List<String> checks = texts(page, "table.checks tr.check td:first-child code");
    assertThat(checks).isNotEmpty().allSatisfy(name -> assertThat(name).contains("benefits__employees"));
    assertThat(checks).anySatisfy(name -> assertThat(name).endsWith("__scd2_one_current"));
    // A check linked from a field is a row of the checks table.
    HtmlAnchor toCheck = (HtmlAnchor) ssn.querySelector("td.checks a");
    assertThat(page.getElementById(toCheck.getHrefAttribute().substring(1))).isNotNull();
  }

  @Test
  void aDeprecatedMajorIsMarkedAndLinkedFromTheNewOne() throws Exception {
    HtmlPage index = browser.getPage(site.resolve("index.html").toUri().toURL());
    DomNode plans = row(index, "table.contracts tr.contract", "benefits.plans");
    assertThat(plans.querySelector("td.versions").getTextContent()).contains("2.0.0 active", "1.4.2 deprecated");

    HtmlPage v2 = ((HtmlAnchor) plans.querySelector("a.contract-link")).click();
    assertThat(v2.getUrl().getPath()).endsWith("/contracts/benefits.plans/2.0.0.html");
    HtmlAnchor old = (HtmlAnchor) v2.querySelector("table.versions a");
    assertThat(old.getTextContent()).isEqualTo("1.4.2");
    HtmlPage v1 = old.click();
    assertThat(v1.querySelector(".deprecation").getTextContent()).contains("Removed after 2027-06-30", "benefits.plans");
    assertThat(v1.querySelector("h1 .status").getTextContent()).isEqualTo("deprecated");
  }

  @Test
  void theLineageDiagramHoldsEveryNodeOfTheDag() throws Exception {
    HtmlPage index = browser.getPage(site.resolve("index.html").toUri().toURL());
    HtmlPage lineage = index.getAnchorByHref("lineage.html").click();
    List<String> drawn = lineage.querySelectorAll("svg.lineage g.node").stream()
        .map(n -> ((DomElement) n).getAttribute("data-node")).toList();
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(pipeline.nodes().stream().map(PipelineNode::name).toList());
    int edges = pipeline.nodes().stream().mapToInt(n -> n.inputs().size()).sum();
    assertThat(lineage.querySelectorAll("svg.lineage g.edges path")).hasSize(edges);
    assertThat(texts(lineage, "svg.lineage g.node text")).contains("marts.fct_benefits__claims");
  }

  @Test
  void aSearchWithoutHitsSaysSo() throws Exception {
    HtmlPage page = browser.getPage(site.resolve("contracts/petcare.pets/1.2.0.html").toUri().toURL());
    ((HtmlInput) page.getHtmlElementById("search")).type("no-such-thing");
    assertThat(texts(page, "#search-results li")).containsExactly("No contract matches.");
  }

  private static List<DomNode> hits(HtmlPage page) {
    return page.querySelectorAll("#search-results li.hit a").stream().toList();
  }

  private static List<String> texts(HtmlPage page, String selector) {
    return page.querySelectorAll(selector).stream().map(DomNode::getTextContent).toList();
  }

  private static DomNode row(HtmlPage page, String rows, String firstCell) {
    return page.querySelectorAll(rows).stream()
        .filter(r -> r.querySelector("td code, td a").getTextContent().equals(firstCell))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + rows));
  }

  private static Contract contract(String id, String version) {
    return contracts.stream().filter(c -> c.id().equals(id) && c.version().equals(version)).findFirst().orElseThrow();
  }
}
