package io.datapact.generator.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {
  private static final CheckOutcome PASS = new CheckOutcome("batch-1", "fct_x__unique__id", "unique", "marts.fct_x",
      CheckOutcome.Status.PASS, 0, 10, List.of(), "[error] unique marts.fct_x.id: 0 of 10 rows fail", 3);
  private static final CheckOutcome FAIL = new CheckOutcome("batch-2", "fct_x__fan_out", "fan_out", "marts.fct_x",
      CheckOutcome.Status.FAIL, 4, 14, List.of("CLM-1 & <2>"),
      "[error] fan_out marts.fct_x: 4 of 14 rows fail (samples: CLM-1 & <2>)", 5);
  private static final CheckOutcome WARN = new CheckOutcome("batch-2", "fct_x__freshness", "freshness", "marts.fct_x",
      CheckOutcome.Status.WARN, 1, 1, List.of(), "[warn] freshness marts.fct_x: newest row is 13h old", 1);

  private static VerifyReport report(List<VerifyReport.MutationOutcome> mutations, List<String> unstable) {
    return new VerifyReport("synthetic (seed 42)", List.of(new VerifyReport.Step("build batch-1", 120)),
        List.of(new VerifyReport.ObjectRows("marts.fct_x", "fact", 14)), List.of(PASS, FAIL, WARN), mutations, unstable,
        List.of());
  }

  @Test
  void errorsAreFailedChecksSurvivingMutantsAndUnstableObjects() {
    VerifyReport r = report(List.of(new VerifyReport.MutationOutcome("fct_x__unique__id", "a duplicate id", false)),
        List.of("marts.fct_x"));

    assertThat(r.errors()).containsExactly(
        "batch-2: [error] fan_out marts.fct_x: 4 of 14 rows fail (samples: CLM-1 & <2>)",
        "check fct_x__unique__id cannot fail: it passed after a duplicate id",
        "marts.fct_x changed on a build with no new data (the build is not idempotent)");
  }

  @Test
  void notesHeadTheConsoleTheMarkdownAndAreInTheJsonButAreNoErrors() {
    VerifyReport plain = report(List.of(), List.of());
    VerifyReport r = new VerifyReport(plain.data(), plain.steps(), plain.objects(), plain.checks(), plain.mutations(),
        plain.unstable(), plain.problems(), List.of("no fixtures for a.b 1.0.0: not run"));

    assertThat(ReportWriter.console(r).subList(0, 2))
        .containsExactly("datapact verify on synthetic (seed 42)", "  note: no fixtures for a.b 1.0.0: not run");
    assertThat(ReportWriter.markdown(r)).contains("on synthetic (seed 42).\n\n> no fixtures for a.b 1.0.0: not run\n\n");
    assertThat(ReportWriter.json(r)).contains("\"notes\" : [\n    \"no fixtures for a.b 1.0.0: not run\"\n  ]");
    assertThat(r.errors()).isEqualTo(plain.errors());
  }

  @Test
  void junitXmlIsWellFormedWithOneSuitePerRoundAndEscapedMessages() throws Exception {
    VerifyReport r = report(List.of(new VerifyReport.MutationOutcome("fct_x__unique__id", "a duplicate id", true)), List.of());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(ReportWriter.junitXml(r).getBytes(StandardCharsets.UTF_8)));

    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(4);
    Element batch2 = (Element) suites.item(1);
    assertThat(batch2.getAttribute("name")).isEqualTo("datapact.checks.batch-2");
    assertThat(batch2.getAttribute("tests")).isEqualTo("2");
    assertThat(batch2.getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo(FAIL.message());
    assertThat(((Element) suites.item(3)).getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void consoleSummarisesEachRoundAndListsWarningsAndErrors() {
    List<String> lines = ReportWriter.console(report(List.of(), List.of()));

    assertThat(lines).contains(
        "  checks batch-1         1 passed,    0 warned,    0 failed",
        "  checks batch-2         0 passed,    1 warned,    1 failed",
        "  warning batch-2: [warn] freshness marts.fct_x: newest row is 13h old",
        "  ERROR batch-2: [error] fan_out marts.fct_x: 4 of 14 rows fail (samples: CLM-1 & <2>)");
  }

  @Test
  void writesTheThreeReportFiles(@TempDir Path dir) throws Exception {
    List<Path> files = ReportWriter.writeAll(report(List.of(), List.of()), dir);

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("TEST-datapact-verify.xml", "datapact-verify.md", "datapact-verify.json");
    assertThat(ReportWriter.markdown(report(List.of(), List.of()))).startsWith("# datapact verify\n\n**Failed: 1 error(s)**");
    assertThat(ReportWriter.json(report(List.of(), List.of()))).contains("\"passed\" : false").doesNotContain("\r");
  }

  @Test
  void reportFilesDoNotDependOnHowLongStepsTook() {
    VerifyReport fast = report(List.of(), List.of());
    VerifyReport slow = new VerifyReport(fast.data(), List.of(new VerifyReport.Step("build batch-1", 98_765)),
        fast.objects(), fast.checks().stream().map(c -> new CheckOutcome(c.round(), c.check(), c.kind(), c.object(),
            c.status(), c.failing(), c.checked(), c.samples(), c.message(), c.millis() + 4_321)).toList(),
        fast.mutations(), fast.unstable(), fast.problems());

    assertThat(ReportWriter.junitXml(slow)).isEqualTo(ReportWriter.junitXml(fast));
    assertThat(ReportWriter.markdown(slow)).isEqualTo(ReportWriter.markdown(fast));
    assertThat(ReportWriter.json(slow)).isEqualTo(ReportWriter.json(fast));
  }

  @Test
  void xmlEscapingDropsCharactersXmlCannotHold() {
    assertThat(ReportWriter.xml("a\u0000b<'\"&>\u0007")).isEqualTo("ab&lt;&apos;&quot;&amp;&gt;");
  }
}
