package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.model.Check;
import io.datapact.model.Expression;
import io.datapact.model.LogicalType;
import io.datapact.model.Severity;
import io.datapact.model.Transform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ODCS quality rules (also used by the Data Contract Specification 1.x) mapped onto what a native
 * contract states: {@code nullValues} becomes {@code required}, {@code duplicateValues}
 * {@code unique}, {@code invalidValues} an {@code enum} or {@code pattern}, {@code rowCount} the
 * volume SLA, and a SQL rule that counts rows breaking a condition a table check. A rule that
 * tolerates some bad rows, or whose SQL is anything else, is reported and not imported.
 */
final class QualityRules {
  private static final Pattern COUNT = Pattern.compile(
      "(?is)\\s*select\\s+count\\s*\\(\\s*(?:\\*|1)\\s*\\)(?:\\s+as\\s+\\w+)?\\s+from\\s+([A-Za-z0-9_.\"`\\[\\]${}]+)"
          + "(?:\\s+where\\s+(.+?))?\\s*;?\\s*");
  private static final Map<String, String> REASONS = Map.of(
      "businessImpact", "datapact rules have no business impact",
      "schedule", "datapact runs every check after each build",
      "scheduler", "datapact runs every check after each build",
      "method", "datapact rules have no method",
      "customProperties", "custom properties of a rule have no datapact equivalent",
      "tags", "datapact rules have no tags",
      "authoritativeDefinitions", "datapact rules have no links");

  private final ImportContext context;

  QualityRules(ImportContext context) {
    this.context = context;
  }

  /** Counts a rule allows: an inclusive range of whole numbers, either end open. */
  record Bound(BigDecimal min, BigDecimal max) {
    /** The rule allows no bad row at all. */
    boolean none() {
      return max != null && max.signum() == 0;
    }
  }

  /** Rules under a property. */
  void property(Draft d, DraftField f, List<Element> rules) {
    for (Element rule : rules) {
      String kind = rule.text("type").orElse("library").toLowerCase(Locale.ROOT);
      boolean mapped = switch (kind) {
        case "library" -> propertyMetric(d, f, rule);
        case "sql" -> sql(d, f, rule);
        default -> notRunnable(rule, kind);
      };
      if (mapped) {
        rule.consume("id", "name", "description", "dimension", "severity", "unit");
        rule.finish(REASONS);
      }
    }
  }

  /** Rules under a schema object or model. */
  void object(Draft d, List<Element> rules) {
    for (Element rule : rules) {
      String kind = rule.text("type").orElse("library").toLowerCase(Locale.ROOT);
      boolean mapped = switch (kind) {
        case "library" -> objectMetric(d, rule);
        case "sql" -> sql(d, null, rule);
        default -> notRunnable(rule, kind);
      };
      if (mapped) {
        rule.consume("id", "name", "description", "dimension", "severity", "unit");
        rule.finish(REASONS);
      }
    }
  }

  private boolean notRunnable(Element rule, String kind) {
    String why = switch (kind) {
      case "text" -> "a text rule describes quality for people; datapact imports only rules it can run";
      case "custom" -> "a custom rule is meant for another engine (" + rule.text("engine").orElse("unnamed") + ")";
      default -> "rule type '" + kind + "' is unknown";
    };
    context.dropped(rule.pointer(), "quality rule not imported: " + why);
    return false;
  }

  private boolean propertyMetric(Draft d, DraftField f, Element rule) {
    String metric = metric(rule);
    Optional<Bound> bound = bound(rule);
    boolean percent = rule.text("unit").map(u -> u.equalsIgnoreCase("percent")).orElse(false);
    if (bound.isEmpty() || !bound.get().none()) {
      return tolerant(rule, metric, percent);
    }
    Element args = rule.child("arguments");
    switch (metric) {
      case "nullValues" -> f.required = true;
      case "duplicateValues" -> f.unique = true;
      case "missingValues" -> {
        List<String> missing = new ArrayList<>();
        for (JsonNode v : args.get("missingValues")) {
          if (!v.isNull()) {
            missing.add(v.asText());
          }
        }
        if (!missing.stream().allMatch(String::isEmpty) || !missing.isEmpty() && !f.type.equals("string")) {
          context.dropped(rule.pointer(), "quality rule not imported: missing values " + missing
              + " cannot be stated; datapact treats only null (and '' with transform null_if_empty) as missing");
          return false;
        }
        if (!missing.isEmpty() && !f.transform.contains(Transform.NULL_IF_EMPTY)) {
          f.transform.add(Transform.NULL_IF_EMPTY);
        }
        f.required = true;
        args.consume("missingValues");
      }
      case "invalidValues" -> {
        if (!invalidValues(f, rule, args)) {
          return false;
        }
      }
      default -> {
        context.dropped(rule.pointer(), "quality rule not imported: metric '" + metric + "' does not apply to a column");
        return false;
      }
    }
    args.finish(Map.of());
    return true;
  }

  private boolean invalidValues(DraftField f, Element rule, Element args) {
    JsonNode valid = args.get("validValues");
    Optional<String> pattern = args.text("pattern");
    if (valid.isArray()) {
      List<String> values = new ArrayList<>();
      for (JsonNode v : valid) {
        if (!v.isNull()) {
          values.add(v.asText());
        }
      }
      Optional<String> bad = values.stream().map(v -> Mapping.notAValue(f.type, v)).flatMap(Optional::stream).findFirst();
      if (values.isEmpty() || bad.isPresent()) {
        context.dropped(rule.pointer(), "quality rule not imported: valid values do not fit type " + f.type
            + bad.map(b -> " (" + b + ")").orElse(""));
        return false;
      }
      f.values = values.stream().distinct().toList();
    }
    pattern.ifPresent(p -> f.pattern = p);
    if (!valid.isArray() && pattern.isEmpty()) {
      context.dropped(rule.pointer(), "quality rule not imported: invalidValues names neither validValues nor a pattern");
      return false;
    }
    return true;
  }

  private boolean tolerant(Element rule, String metric, boolean percent) {
    context.dropped(rule.pointer(), "quality rule not imported: " + metric + " with this threshold"
        + (percent ? " in percent" : "") + " tolerates bad rows; datapact rules hold for every row");
    return false;
  }

  private boolean objectMetric(Draft d, Element rule) {
    String metric = metric(rule);
    Optional<Bound> bound = bound(rule);
    if (!metric.equals("rowCount")) {
      context.dropped(rule.pointer(), "quality rule not imported: " + metric
          + " on a whole table; state it on the property instead");
      return false;
    }
    if (bound.isEmpty() || rule.text("unit").map(u -> u.equalsIgnoreCase("percent")).orElse(false)) {
      context.dropped(rule.pointer(), "quality rule not imported: rowCount without a bound in rows");
      return false;
    }
    volume(d, bound.get());
    return true;
  }

  private static void volume(Draft d, Bound b) {
    if (b.min() != null && b.min().signum() >= 0) {
      long min = b.min().longValueExact();
      d.minRows = d.minRows == null ? min : Math.max(d.minRows, min);
    }
    if (b.max() != null) {
      long max = b.max().longValueExact();
      d.maxRows = d.maxRows == null ? max : Math.min(d.maxRows, max);
    }
  }

  private static String metric(Element rule) {
    return rule.text("metric").or(() -> rule.text("rule")).orElse("unnamed");
  }

  /** The counts a rule's operator allows; empty for operators datapact cannot state (mustNotBe ...). */
  static Optional<Bound> bound(Element rule) {
    Optional<BigDecimal> is = number(rule, "mustBe");
    if (is.isPresent()) {
      return Optional.of(new Bound(is.get(), is.get()));
    }
    Optional<BigDecimal> gt = number(rule, "mustBeGreaterThan");
    Optional<BigDecimal> ge = number(rule, "mustBeGreaterOrEqualTo").or(() -> number(rule, "mustBeGreaterThanOrEqualTo"));
    Optional<BigDecimal> lt = number(rule, "mustBeLessThan");
    Optional<BigDecimal> le = number(rule, "mustBeLessOrEqualTo").or(() -> number(rule, "mustBeLessThanOrEqualTo"));
    JsonNode between = rule.get("mustBeBetween");
    BigDecimal min = gt.map(v -> v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE))
        .orElse(ge.map(v -> v.setScale(0, RoundingMode.CEILING)).orElse(null));
    BigDecimal max = lt.map(v -> v.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE))
        .orElse(le.map(v -> v.setScale(0, RoundingMode.FLOOR)).orElse(null));
    if (between.isArray() && between.size() == 2 && between.get(0).isNumber() && between.get(1).isNumber()) {
      min = between.get(0).decimalValue().setScale(0, RoundingMode.CEILING);
      max = between.get(1).decimalValue().setScale(0, RoundingMode.FLOOR);
    }
    rule.consume("mustNotBe", "mustNotBeBetween");
    if (min == null && max == null) {
      return Optional.empty();
    }
    return Optional.of(new Bound(min, max));
  }

  private static Optional<BigDecimal> number(Element rule, String key) {
    JsonNode v = rule.get(key);
    return v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
  }

  /** A SQL rule: a row count of the table (volume) or a count of rows breaking a condition (check). */
  private boolean sql(Draft d, DraftField f, Element rule) {
    String query = rule.text("query").orElse("");
    if (f != null) {
      query = query.replace("${column}", f.sourceColumn).replace("{column}", f.sourceColumn)
          .replace("${property}", f.sourceColumn).replace("{property}", f.sourceColumn);
    }
    query = query.replace("${object}", d.sourceName).replace("{object}", d.sourceName)
        .replace("${table}", d.sourceName).replace("{table}", d.sourceName)
        .replace("${model}", d.sourceName).replace("{model}", d.sourceName);
    Matcher m = COUNT.matcher(query);
    Optional<Bound> bound = bound(rule);
    if (!m.matches() || bound.isEmpty()) {
      context.dropped(rule.pointer(), "quality rule not imported: only 'select count(*) from <table> [where "
          + "<condition>]' with a bound can be stated in a contract");
      return false;
    }
    String table = m.group(1).replaceAll("[\"`\\[\\]]", "");
    table = table.substring(table.lastIndexOf('.') + 1);
    boolean ownTable = table.equalsIgnoreCase(d.sourceName) || table.equalsIgnoreCase(d.name)
        || d.sourceTable != null && table.equalsIgnoreCase(d.sourceTable.substring(d.sourceTable.indexOf('.') + 1));
    if (!ownTable) {
      context.dropped(rule.pointer(), "quality rule not imported: the query reads '" + m.group(1)
          + "', not this dataset; datapact checks read only their own dataset");
      return false;
    }
    if (m.group(2) == null) {
      volume(d, bound.get());
      return true;
    }
    if (!bound.get().none()) {
      context.dropped(rule.pointer(), "quality rule not imported: it tolerates rows breaking the condition; "
          + "datapact checks hold for every row");
      return false;
    }
    Optional<String> expression = expression(d, m.group(2), rule);
    if (expression.isEmpty()) {
      return false;
    }
    String base = rule.text("name").orElse(f == null ? "quality" : f.name + "_quality");
    Severity severity = rule.text("severity").map(s -> s.toLowerCase(Locale.ROOT).startsWith("err")
        || s.equalsIgnoreCase("critical") ? Severity.ERROR : Severity.WARN).orElse(Severity.ERROR);
    d.checks.add(new Check(d.checkName(base), expression.get(), severity, rule.text("description").orElse(null)));
    return true;
  }

  /**
   * The condition of rows that break the rule, turned into the condition every row must meet:
   * {@code not (c)}, or {@code e} for {@code not (e)}. Column names become field names.
   */
  private Optional<String> expression(Draft d, String condition, Element rule) {
    Expression parsed = Expression.parse(condition);
    String unsafeInput = parsed.unsafeReason();
    if (unsafeInput != null) {
      context.dropped(rule.pointer(), "quality rule not imported: the condition " + unsafeInput
          + "; datapact checks are one boolean expression over the dataset's fields");
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Expression.Token t : parsed.columns()) {
      Optional<DraftField> field = d.field(t.value());
      if (field.isEmpty()) {
        context.dropped(rule.pointer(), "quality rule not imported: the condition names '" + t.value()
            + "', which is no column of this dataset");
        return Optional.empty();
      }
      int end = t.kind() == Expression.Kind.QUOTED_IDENTIFIER
          ? t.offset() + t.value().replace("\"", "\"\"").length() + 2
          : t.offset() + t.value().length();
      out.append(condition, last, t.offset()).append(field.get().name);
      last = end;
    }
    out.append(condition.substring(last));
    String rewritten = out.toString().trim();
    String unsafe = Expression.parse(rewritten).unsafeReason();
    if (unsafe != null) {
      context.dropped(rule.pointer(), "quality rule not imported: the condition " + unsafe
          + "; datapact checks are one boolean expression over the dataset's fields");
      return Optional.empty();
    }
    return Optional.of(negated(rewritten));
  }

  /** {@code not (e) -> e}; anything else {@code c -> not (c)}. */
  static String negated(String condition) {
    List<Expression.Token> tokens = Expression.parse(condition).tokens();
    if (tokens.size() >= 3 && tokens.get(0).kind() == Expression.Kind.IDENTIFIER && tokens.get(0).lower().equals("not")
        && tokens.get(1).kind() == Expression.Kind.OPEN && tokens.get(tokens.size() - 1).kind() == Expression.Kind.CLOSE) {
      int depth = 0;
      boolean wraps = true;
      for (int i = 1; i < tokens.size(); i++) {
        depth += tokens.get(i).kind() == Expression.Kind.OPEN ? 1 : tokens.get(i).kind() == Expression.Kind.CLOSE ? -1 : 0;
        if (depth == 0 && i < tokens.size() - 1) {
          wraps = false;
          break;
        }
      }
      if (wraps) {
        return condition.substring(tokens.get(1).offset() + 1, tokens.get(tokens.size() - 1).offset()).trim();
      }
    }
    return "not (" + condition + ")";
  }

  /** Whether a type can hold values listed in an enum. */
  static boolean listable(String type) {
    LogicalType.Base base = Mapping.base(type);
    return base != LogicalType.Base.JSON && base != LogicalType.Base.LIST;
  }
}
