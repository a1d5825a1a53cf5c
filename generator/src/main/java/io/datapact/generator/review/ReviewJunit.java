package io.datapact.generator.review;

import io.datapact.compat.Finding;
import io.datapact.compat.Level;
import io.datapact.generator.verify.report.ReportWriter;
import java.util.List;

/**
 * The review as JUnit XML, so that CI servers list each change as a test: a change that fails the
 * build is a failure, every other change passes with its message as output.
 */
public final class ReviewJunit {
  private ReviewJunit() {}

  public static String render(Review review) {
    List<Finding> findings = review.result().findings();
    long failures = findings.stream().filter(f -> f.level() == Level.ERROR).count();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuite name=\"datapact-compat\" tests=\"").append(findings.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
    for (Finding f : findings) {
      String name = f.change().rule().id() + (f.change().path().isEmpty() ? "" : " " + f.change().path());
      out.append("  <testcase classname=\"").append(xml(f.change().contract())).append("\" name=\"")
          .append(xml(name)).append("\">\n");
      if (f.level() == Level.ERROR) {
        out.append("    <failure message=\"").append(xml(f.change().message())).append("\" type=\"")
            .append(xml(f.change().rule().id())).append("\">").append(xml(f.describe()))
            .append("</failure>\n");
      } else {
        out.append("    <system-out>").append(xml(f.describe())).append("</system-out>\n");
      }
      out.append("  </testcase>\n");
    }
    return out.append("</testsuite>\n").toString();
  }

  private static String xml(String text) {
    return ReportWriter.xml(text);
  }
}
