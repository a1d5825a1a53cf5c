package io.datapact.generator.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datapact.compat.Change;
import io.datapact.compat.Finding;
import io.datapact.generator.output.StableJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review as JSON, for tools: the same content as the Markdown, in a stable key order. */
public final class ReviewJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewJson() {}

  public static String render(Review review) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "datapact-review/v1");
    root.put("baseline", review.baseline());
    root.put("summary", review.result().summary());
    root.put("notes", review.result().notes());
    List<Object> contracts = new ArrayList<>();
    for (ContractReview c : review.contracts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("oldVersion", c.oldVersion());
      m.put("newVersion", c.newVersion());
      m.put("declaredBump", c.declared().label());
      m.put("requiredBump", c.required().label());
      m.put("fails", c.fails());
      m.put("breaking", findings(c.breaking()));
      m.put("privacy", findings(c.privacy()));
      m.put("other", findings(c.other()));
      m.put("downstream", c.downstream());
      m.put("roles", c.roles());
      List<Object> sql = new ArrayList<>();
      c.sql().forEach(d -> sql.add(Map.of("file", d.file(), "diff", d.diff())));
      m.put("sql", sql);
      contracts.add(m);
    }
    root.put("contracts", contracts);
    return StableJson.write(JSON, root, "the review as JSON");
  }

  private static List<Object> findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    for (Finding f : findings) {
      Change c = f.change();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", c.rule().id());
      m.put("severity", c.rule().severity().label());
      m.put("requiredBump", c.rule().bump().label());
      m.put("breaks", c.rule().breaks().label());
      m.put("privacy", c.rule().privacy());
      m.put("path", c.path());
      m.put("old", c.oldValue());
      m.put("new", c.newValue());
      m.put("message", c.message());
      m.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
      if (f.acceptance() != null) {
        m.put("justification", f.acceptance().justification());
      }
      out.add(m);
    }
    return out;
  }
}
