package io.datapact.generator.verify.report;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.datapact.generator.output.StableJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link VerifyReport}: a console summary, JUnit XML that CI systems show, Markdown for
 * people and JSON for tools. Times appear on the console only: the report files are the same bytes
 * for the same contracts, data and verification time.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private ReportWriter() {}

  /** Writes {@code datapact-verify.xml} (JUnit), {@code .md} and {@code .json} into {@code folder}. */
  public static List<Path> writeAll(VerifyReport report, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    written.add(write(folder.resolve("TEST-datapact-verify.xml"), junitXml(report)));
    written.add(write(folder.resolve("datapact-verify.md"), markdown(report)));
    written.add(write(folder.resolve("datapact-verify.json"), json(report)));
    return written;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The console summary: steps with times, objects with rows, checks per round, then errors. */
  public static List<String> console(VerifyReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("datapact verify on " + report.data());
    report.notes().forEach(n -> lines.add("  note: " + n));
    for (VerifyReport.Step s : report.steps()) {
      lines.add(String.format(Locale.ROOT, "  %-40s %8d ms", s.name(), s.millis()));
    }
    for (VerifyReport.ObjectRows o : report.objects()) {
      lines.add(String.format(Locale.ROOT, "  %-50s %-10s %10d rows", o.object(), o.kind(), o.rows()));
    }
    for (String round : rounds(report)) {
      long pass = count(report, round, CheckOutcome.Status.PASS);
      long warn = count(report, round, CheckOutcome.Status.WARN);
      long fail = count(report, round, CheckOutcome.Status.FAIL);
      lines.add(String.format(Locale.ROOT, "  checks %-12s %4d passed, %4d warned, %4d failed", round, pass, warn, fail));
    }
    long killed = report.mutations().stream().filter(VerifyReport.MutationOutcome::killed).count();
    lines.add(String.format(Locale.ROOT, "  mutations: %d of %d checks failed on violating data", killed,
        report.mutations().size()));
    report.checks().stream().filter(c -> c.status() == CheckOutcome.Status.WARN)
        .forEach(c -> lines.add("  warning " + c.round() + ": " + c.message()));
    report.errors().forEach(e -> lines.add("  ERROR " + e));
    return lines;
  }

  /** JUnit XML: one test suite per round plus one for mutations and one for idempotency. */
  public static String junitXml(VerifyReport report) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"datapact verify\">\n");
    for (String round : rounds(report)) {
      List<CheckOutcome> checks = report.checks().stream().filter(c -> c.round().equals(round)).toList();
      long failures = checks.stream().filter(c -> c.status() == CheckOutcome.Status.FAIL).count();
      out.append("  <testsuite name=\"datapact.checks.").append(xml(round)).append("\" tests=\"").append(checks.size())
          .append("\" failures=\"").append(failures).append("\">\n");
      for (CheckOutcome c : checks) {
        out.append("    <testcase classname=\"").append(xml(c.object())).append("\" name=\"").append(xml(c.check()))
            .append("\">");
        if (c.status() == CheckOutcome.Status.FAIL) {
          out.append("<failure message=\"").append(xml(c.message())).append("\" type=\"").append(xml(c.kind())).append("\"/>");
        } else if (c.status() == CheckOutcome.Status.WARN) {
          out.append("<system-out>").append(xml("warning: " + c.message())).append("</system-out>");
        }
        out.append("</testcase>\n");
      }
      out.append("  </testsuite>\n");
    }
    long survived = report.mutations().stream().filter(m -> !m.killed()).count();
    out.append("  <testsuite name=\"datapact.mutations\" tests=\"").append(report.mutations().size())
        .append("\" failures=\"").append(survived).append("\">\n");
    for (VerifyReport.MutationOutcome m : report.mutations()) {
      out.append("    <testcase classname=\"mutations\" name=\"").append(xml(m.check())).append("\">");
      if (!m.killed()) {
        out.append("<failure message=\"").append(xml("passed after " + m.mutation())).append("\"/>");
      }
      out.append("</testcase>\n");
    }
    out.append("  </testsuite>\n  <testsuite name=\"datapact.idempotency\" tests=\"1\" failures=\"")
        .append(report.unstable().isEmpty() ? 0 : 1).append("\">\n    <testcase classname=\"idempotency\" name=\"rebuild without new data changes nothing\">");
    if (!report.unstable().isEmpty()) {
      out.append("<failure message=\"").append(xml("changed: " + String.join(", ", report.unstable()))).append("\"/>");
    }
    out.append("</testcase>\n  </testsuite>\n</testsuites>\n");
    return out.toString();
  }

  /** Markdown: verdict, errors, objects, then every check. */
  public static String markdown(VerifyReport report) {
    StringBuilder out = new StringBuilder("# datapact verify\n\n");
    out.append(report.errors().isEmpty() ? "**Passed**" : "**Failed: " + report.errors().size() + " error(s)**")
        .append(" on ").append(report.data()).append(".\n\n");
    report.notes().forEach(n -> out.append("> ").append(md(n)).append("\n\n"));
    if (!report.errors().isEmpty()) {
      out.append("## Errors\n\n");
      report.errors().forEach(e -> out.append("- ").append(md(e)).append('\n'));
      out.append('\n');
    }
    out.append("## Objects\n\n| object | kind | rows |\n|---|---|---:|\n");
    report.objects().forEach(o -> out.append("| ").append(md(o.object())).append(" | ").append(o.kind()).append(" | ")
        .append(o.rows()).append(" |\n"));
    out.append("\n## Checks\n\n| round | check | status | failing | checked |\n|---|---|---|---:|---:|\n");
    report.checks().forEach(c -> out.append("| ").append(c.round()).append(" | ").append(md(c.check())).append(" | ")
        .append(c.status().name().toLowerCase(Locale.ROOT)).append(" | ").append(c.failing()).append(" | ")
        .append(c.checked()).append(" |\n"));
    return out.toString();
  }

  /** JSON with sorted keys, two-space indent and LF line ends; no times. */
  public static String json(VerifyReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("passed", report.errors().isEmpty());
    root.put("errors", report.errors());
    root.put("data", report.data());
    root.put("steps", report.steps().stream().map(VerifyReport.Step::name).toList());
    root.put("objects", report.objects());
    root.put("checks", report.checks().stream().map(ReportWriter::withoutTime).toList());
    root.put("mutations", report.mutations());
    root.put("unstable", report.unstable());
    root.put("problems", report.problems());
    root.put("notes", report.notes());
    return StableJson.write(JSON, root, "the verify report as JSON");
  }

  private static Map<String, Object> withoutTime(CheckOutcome c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", c.round());
    m.put("check", c.check());
    m.put("kind", c.kind());
    m.put("object", c.object());
    m.put("status", c.status());
    m.put("failing", c.failing());
    m.put("checked", c.checked());
    m.put("samples", c.samples());
    m.put("message", c.message());
    return m;
  }

  private static List<String> rounds(VerifyReport report) {
    return report.checks().stream().map(CheckOutcome::round).distinct().toList();
  }

  private static long count(VerifyReport report, String round, CheckOutcome.Status status) {
    return report.checks().stream().filter(c -> c.round().equals(round) && c.status() == status).count();
  }


  private static String md(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold. */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
