package io.datapact.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.output.OutputWriter;
import io.datapact.model.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSiteTest {
  /** Contract texts that would run script if they reached a page unescaped. */
  private static final String HOSTILE = """
      apiVersion: datapact/v1
      id: odd.hostile
      version: 1.0.0
      status: deprecated
      deprecation:
        removalDate: 2030-01-01
        replacement: odd.hostile
        reason: '</div><script>alert("reason")</script>'
      owner:
        team: '<img src=x onerror=alert("team")>'
        email: 'x"><script>alert(1)</script>@example.com'
      description: '</p><script>alert("description")</script> & more'
      kind: source
      fields:
        - name: '<b onmouseover=alert("field")>id</b>'
          type: string
          primaryKey: true
          description: '<iframe src="javascript:alert(2)"></iframe>'
        - name: note
          type: string
          pii: free_text
          classification: restricted
          enum: ['</td><script>alert("enum")</script>', 'plain']
      checks:
        - name: no_script
          expression: "note <> '<script>alert(3)</script>'"
          description: '"><svg onload=alert(4)>'
      """;

  private static List<Contract> examples;
  /** The site of the example contracts with the built-in templates. */
  private static SortedMap<String, String> exampleSite;

  @TempDir
  Path site;

  @BeforeAll
  static void renderExamples() {
    examples = TestContracts.examples();
    exampleSite = new DocsSite(null).render(examples);
  }

  @Test
  void sameContractsGiveTheSameBytesInAnyOrder() {
    List<Contract> contracts = examples;
    List<Contract> shuffled = new ArrayList<>(contracts);
    Collections.reverse(shuffled);
    SortedMap<String, String> first = exampleSite;
    assertThat(new DocsSite(null).render(shuffled)).isEqualTo(first);
    assertThat(first.keySet()).contains("index.html", "lineage.html", "lineage.svg", "assets/site.css",
        "assets/search.js", "assets/search-index.js", "schema/contract-v1.schema.json",
        "contracts/benefits.plans/1.4.2.html", "contracts/benefits.plans/2.0.0.html");
    assertThat(first.keySet().stream().filter(f -> f.startsWith("contracts/"))).hasSize(contracts.size());
  }

  @Test
  void pagesLinkAndLoadOnlyFilesOfTheSite() {
    Pattern external = Pattern.compile("(?:src|href)=\"(?:[a-z]+:)?//|url\\(|@import");
    exampleSite.forEach((file, text) -> {
      assertThat(external.matcher(text).find()).as(file).isFalse();
    });
  }

  @Test
  void theSitePublishesTheContractSchema() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/datapact/schema/contract-v1.schema.json")) {
      assertThat(exampleSite.get(DocsSite.SCHEMA_FILE))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void noContractTextRunsAsScriptAndEveryTextShowsAsWritten() throws IOException {
    Contract hostile = TestContracts.one(HOSTILE);
    new OutputWriter(site).write(new DocsSite(null).render(List.of(hostile)));
    List<String> alerts = new ArrayList<>();
    try (WebClient browser = new WebClient()) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      browser.setAlertHandler((page, message) -> alerts.add(message));
      for (String file : List.of("index.html", "lineage.html", "contracts/odd.hostile/1.0.0.html")) {
        HtmlPage page = browser.getPage(site.resolve(file).toUri().toURL());
        assertThat(page.getElementsByTagName("script")).as(file).extracting(s -> s.getAttribute("src"))
            .containsExactly(page.getBody().getAttribute("data-root") + "assets/search-index.js",
                page.getBody().getAttribute("data-root") + "assets/search.js");
        assertThat(page.getElementsByTagName("iframe")).as(file).isEmpty();
        assertThat(page.getElementsByTagName("img")).as(file).isEmpty();
        for (DomNode n : page.querySelectorAll("*")) {
          ((DomElement) n).getAttributesMap().keySet()
              .forEach(a -> assertThat(a).as(file + " " + n.getNodeName()).doesNotStartWith("on"));
        }
      }
      HtmlPage page = browser.getPage(site.resolve("contracts/odd.hostile/1.0.0.html").toUri().toURL());
      String text = page.getBody().getTextContent();
      assertThat(text).contains("</p><script>alert(\"description\")</script> & more",
          "<img src=x onerror=alert(\"team\")>", "<b onmouseover=alert(\"field\")>id</b>",
          "one of </td><script>alert(\"enum\")</script>, plain", "note <> '<script>alert(3)</script>'",
          "\"><svg onload=alert(4)>", "</div><script>alert(\"reason\")</script>");
      assertThat(page.querySelector("a[href^='mailto:']").getTextContent())
          .isEqualTo("x\"><script>alert(1)</script>@example.com");

      ((HtmlInput) page.getHtmlElementById("search")).type("script");
      assertThat(page.querySelectorAll("#search-results li.hit")).singleElement()
          .satisfies(hit -> assertThat(hit.getTextContent()).contains("</p><script>alert(\"description\")"));
    }
    assertThat(alerts).isEmpty();
    assertThat(Files.readString(site.resolve("assets/search-index.js"))).doesNotContain("<", ">", "&");
  }

  @Test
  void aTemplateOverrideReplacesOnePageAndKeepsTheOthers(@TempDir Path overrides) throws IOException {
    Files.createDirectories(overrides.resolve("site"));
    Files.writeString(overrides.resolve("site/index.html.ftl"), """
        <#import "layout.ftl" as layout>
        <@layout.page m><p class="ours">${m.contracts} contracts, ${m.title}</p></@layout.page>
        """);
    SortedMap<String, String> custom = new TreeMap<>(new DocsSite(overrides).render(examples));
    SortedMap<String, String> builtIn = new TreeMap<>(exampleSite);
    assertThat(custom.get("index.html")).contains("<p class=\"ours\">12 contracts, Data contracts</p>")
        .contains("assets/search.js");
    custom.remove("index.html");
    builtIn.remove("index.html");
    assertThat(custom).isEqualTo(builtIn);
  }
}
