package io.datapact.generator.review;

import io.datapact.compat.Change;
import io.datapact.compat.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The review as Markdown for a pull-request comment: summary first, details after. */
public final class ReviewMarkdown {
  private ReviewMarkdown() {}

  public static String render(Review review) {
    StringBuilder out = new StringBuilder("# datapact review\n\n");
    out.append("Baseline: ").append(cell(review.baseline())).append(". ")
        .append(review.result().summary()).append(".\n\n");
    if (review.contracts().isEmpty()) {
      return out.append("No contract changed.\n").toString();
    }
    out.append("| Contract | Versions | Declared | Needed | Breaking | Privacy | Other | Verdict |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (ContractReview c : review.contracts()) {
      out.append("| ").append(c.id()).append(" | ").append(c.versions()).append(" | ")
          .append(c.declared().label()).append(" | ").append(c.required().label()).append(" | ")
          .append(c.breaking().size()).append(" | ").append(c.privacy().size()).append(" | ")
          .append(c.other().size()).append(" | ").append(c.fails() ? "**fails**" : "ok").append(" |\n");
    }
    review.result().notes().forEach(n -> out.append("\n> ").append(cell(n)).append('\n'));
    section(out, "Breaking changes", review.contracts(), ContractReview::breaking);
    section(out, "Privacy changes", review.contracts(), ContractReview::privacy);
    section(out, "Other changes", review.contracts(), ContractReview::other);
    downstream(out, review.contracts());
    sql(out, review);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<ContractReview> contracts,
      Function<ContractReview, List<Finding>> pick) {
    out.append("\n## ").append(title).append('\n');
    boolean any = false;
    for (ContractReview c : contracts) {
      List<Finding> findings = pick.apply(c);
      if (findings.isEmpty()) {
        continue;
      }
      any = true;
      out.append("\n### ").append(c.id()).append(' ').append(c.versions()).append("\n\n")
          .append("| Rule | Path | Change | Old | New | Breaks | Needs | Outcome |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (Finding f : findings) {
        Change ch = f.change();
        out.append("| `").append(ch.rule().id()).append("` | ").append(code(ch.path())).append(" | ")
            .append(cell(ch.message())).append(" | ").append(code(ch.oldValue())).append(" | ")
            .append(code(ch.newValue())).append(" | ").append(ch.rule().breaks().label()).append(" | ")
            .append(ch.rule().bump().label()).append(" | ").append(outcome(f)).append(" |\n");
      }
    }
    if (!any) {
      out.append("\nNone.\n");
    }
  }

  private static void downstream(StringBuilder out, List<ContractReview> contracts) {
    out.append("\n## Downstream objects affected\n");
    for (ContractReview c : contracts) {
      out.append("\n### ").append(c.id()).append("\n\n");
      for (Map.Entry<String, List<String>> kind : c.downstream().entrySet()) {
        out.append("- ").append(kind.getKey()).append(": ")
            .append(String.join(", ", kind.getValue().stream().map(ReviewMarkdown::code).toList())).append('\n');
      }
      out.append("- roles: ").append(c.roles().isEmpty() ? "none" : String.join(", ", c.roles())).append('\n');
    }
  }

  private static void sql(StringBuilder out, Review review) {
    out.append("\n## Generated SQL\n");
    if (!review.baselineSql()) {
      out.append("\nThe baseline's SQL could not be generated; files show as added.\n");
    }
    for (ContractReview c : review.contracts()) {
      out.append("\n### ").append(c.id()).append("\n\n");
      if (c.sql().isEmpty()) {
        out.append("No generated SQL changed.\n");
      }
      for (ContractReview.SqlDiff d : c.sql()) {
        out.append("<details><summary>").append(d.file()).append("</summary>\n\n```diff\n")
            .append(d.diff().replace("```", "`\u200b``")).append("```\n\n</details>\n");
      }
    }
  }

  private static String outcome(Finding f) {
    String outcome = f.outcome().name().toLowerCase(Locale.ROOT);
    return f.level() == io.datapact.compat.Level.ERROR ? "**" + outcome + "**" : outcome;
  }

  /** Text for a table cell: pipes escaped, one line. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }

  private static String code(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String t = cell(text);
    return t.contains("`") ? "``" + t + "``" : "`" + t + "`";
  }
}
