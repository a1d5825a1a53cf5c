package io.datapact.generator.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datapact.generator.checks.CheckKind;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.ExpressionSql;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Durations;
import io.datapact.model.Expression;
import io.datapact.model.Field;
import io.datapact.model.IncrementalStrategy;
import io.datapact.model.Kind;
import io.datapact.model.LogicalType;
import io.datapact.model.Transform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the contracts as a dbt project: sources with freshness, one staging model per contract
 * (renames, clean-ups, casts), marts (facts, incremental where the contract says so; dimensions,
 * with a snapshot for SCD2), and the planned data checks as dbt tests: generic tests in
 * {@code schema.yml} where dbt has one (not_null, unique, accepted_values, relationships), a
 * singular test per other check. Identifiers and literals are quoted by the dialect the project
 * is meant for. Output is deterministic.
 *
 * <p>Not exported, and listed by {@link Export#notExported()}: masking views and access (dbt
 * has no equivalent of the generated grants and policies), and the checks dbt covers itself or
 * that need datapact's load history (SCD2 window invariants, fan-out, day-over-day change).
 */
public final class DbtExporter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Dialect dialect;
  private final String project;

  /**
   * @param dialect quotes identifiers and literals and names types
   * @param project the dbt project and profile name, lower snake case
   */
  public DbtExporter(Dialect dialect, String project) {
    if (!project.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("dbt project name '" + project + "' is not lower snake case");
    }
    this.dialect = dialect;
    this.project = project;
  }

  /** The project's files by path below {@code dbt/}, and what could not be exported. */
  public record Export(SortedMap<String, String> files, List<String> notExported) {}

  /** Exports contracts that passed validation. */
  public Export export(List<Contract> contracts) {
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    SortedMap<String, String> files = new TreeMap<>();
    List<String> notExported = new ArrayList<>();
    files.put("dbt/dbt_project.yml", yaml(projectFile()));
    Map<String, ObjectNode> models = new LinkedHashMap<>();
    ArrayNode sources = JSON.arrayNode();
    for (Contract c : catalog.contracts()) {
      ObjectNames names = catalog.names(c);
      sources.add(source(c, names));
      String staging = names.staging().name();
      files.put("dbt/models/staging/" + c.domain() + "/" + staging + ".sql", staging(c, names));
      models.put(staging, model(staging, c, "Staging of " + c.id() + " " + c.version()));
      if (names.mart().isPresent()) {
        String mart = names.mart().get().name();
        files.put("dbt/models/marts/" + c.domain() + "/" + mart + ".sql", mart(c, names));
        models.put(mart, model(mart, c, c.description()));
        if (c.kind() == Kind.DIMENSION && c.scd().type() == 2) {
          files.put("dbt/snapshots/" + c.domain() + "/" + snapshot(names) + ".sql", snapshotFile(c, names));
        }
      }
      if (!c.access().isEmpty()) {
        notExported.add(c.id() + " " + c.version() + ": access roles and masking (dbt grants no row filters or masked views)");
      }
    }
    ObjectNode sourcesFile = JSON.objectNode();
    sourcesFile.put("version", 2);
    sourcesFile.set("sources", sources);
    files.put("dbt/models/staging/_sources.yml", yaml(sourcesFile));
    for (PlannedCheck check : CheckPlanner.plan(catalog)) {
      test(check, catalog, models, files, notExported);
    }
    ArrayNode stagingModels = JSON.arrayNode();
    ArrayNode martModels = JSON.arrayNode();
    models.forEach((name, node) -> (name.startsWith("stg_") ? stagingModels : martModels).add(node));
    files.put("dbt/models/staging/schema.yml", yaml(JSON.objectNode().put("version", 2).set("models", stagingModels)));
    files.put("dbt/models/marts/schema.yml", yaml(JSON.objectNode().put("version", 2).set("models", martModels)));
    return new Export(files, List.copyOf(notExported));
  }

  private ObjectNode projectFile() {
    ObjectNode p = JSON.objectNode();
    p.put("name", project);
    p.put("version", "1.0.0");
    p.put("config-version", 2);
    p.put("profile", project);
    p.putArray("model-paths").add("models");
    p.putArray("snapshot-paths").add("snapshots");
    p.putArray("test-paths").add("tests");
    ObjectNode models = p.putObject("models").putObject(project);
    models.putObject("staging").put("+materialized", "view").put("+schema", ObjectNames.STAGING);
    models.putObject("marts").put("+materialized", "table").put("+schema", ObjectNames.MARTS);
    p.putObject("snapshots").putObject(project).put("+target_schema", "snapshots");
    return p;
  }

  private ObjectNode source(Contract c, ObjectNames names) {
    ObjectNode s = JSON.objectNode();
    s.put("name", names.base());
    s.put("schema", names.raw().schema());
    ObjectNode table = s.putArray("tables").addObject();
    table.put("name", names.raw().name());
    table.put("description", "Raw rows of " + c.id() + " " + c.version());
    table.put("loaded_at_field", q(freshnessColumn(c)));
    if (c.sla() != null && c.sla().freshness() != null) {
      ObjectNode freshness = table.putObject("freshness");
      if (c.sla().freshness().warnAfter() != null) {
        freshness.set("warn_after", period(c.sla().freshness().warnAfter()));
      }
      freshness.set("error_after", period(c.sla().freshness().errorAfter()));
    }
    ArrayNode columns = table.putArray("columns");
    for (Field f : c.fields()) {
      columns.addObject().put("name", f.rawName());
    }
    return s;
  }

  /** The raw column freshness is measured on: the freshness field's raw name, else the load time. */
  private static String freshnessColumn(Contract c) {
    String column = c.sla() == null || c.sla().freshness() == null ? null : c.sla().freshness().column();
    if (column == null) {
      return c.source().loadedAt();
    }
    return c.field(column).map(Field::rawName).orElse(column);
  }

  /** {@code 12h -> {count: 12, period: hour}}; seconds and minutes become whole minutes or hours. */
  private static ObjectNode period(String duration) {
    long seconds = Durations.parse(duration).toSeconds();
    ObjectNode p = JSON.objectNode();
    if (seconds % 86_400 == 0) {
      p.put("count", seconds / 86_400).put("period", "day");
    } else if (seconds % 3600 == 0) {
      p.put("count", seconds / 3600).put("period", "hour");
    } else {
      p.put("count", Math.max(1, (seconds + 59) / 60)).put("period", "minute");
    }
    return p;
  }

  private String staging(Contract c, ObjectNames names) {
    StringBuilder sql = new StringBuilder("-- staging of ").append(c.id()).append(' ').append(c.version())
        .append(", generated by datapact\nselect\n");
    List<String> columns = new ArrayList<>();
    for (Field f : c.fields()) {
      String value = q(f.rawName());
      for (Transform t : f.transform()) {
        value = switch (t) {
          case TRIM -> "trim(" + value + ")";
          case LOWER -> "lower(" + value + ")";
          case UPPER -> "upper(" + value + ")";
          case NULL_IF_EMPTY -> "nullif(" + value + ", '')";
        };
      }
      columns.add("    cast(" + value + " as " + dialect.type(f.logicalType()) + ") as " + q(f.name()));
    }
    if (c.field(c.source().loadedAt()).isEmpty()) {
      columns.add("    " + q(c.source().loadedAt()));
    }
    sql.append(String.join(",\n", columns)).append('\n');
    sql.append("from {{ source(").append(jinja(names.base())).append(", ")
        .append(jinja(names.raw().name())).append(") }}\n");
    return sql.toString();
  }

  private String mart(Contract c, ObjectNames names) {
    String staging = "{{ ref(" + jinja(names.staging().name()) + ") }}";
    String fields = c.fields().stream().map(f -> q(f.name())).collect(Collectors.joining(", "));
    String loadedAt = q(c.source().loadedAt());
    StringBuilder sql = new StringBuilder();
    if (c.kind() == Kind.FACT) {
      boolean merge = c.incremental() != null && c.incremental().strategy() == IncrementalStrategy.MERGE;
      if (c.incremental() != null) {
        sql.append("{{ config(materialized='incremental'");
        if (merge) {
          sql.append(", unique_key=[").append(c.grain().stream().map(this::jinja).collect(Collectors.joining(", ")))
              .append("], incremental_strategy='merge'");
        } else {
          sql.append(", incremental_strategy='append'");
        }
        sql.append(") }}\n");
      }
      sql.append("-- ").append(c.id()).append(' ').append(c.version()).append(": one row per ")
          .append(String.join(", ", c.grain())).append(", the latest load of each, generated by datapact\n");
      sql.append("select ").append(fields).append("\nfrom (\n    select *, row_number() over (partition by ")
          .append(quoted(c.grain())).append(" order by ").append(loadedAt).append(" desc) as ")
          .append(q("_row")).append("\n    from ").append(staging).append('\n');
      if (c.incremental() != null) {
        String time = q(c.incremental().timeColumn());
        String lookback = c.incremental().lookback() == null ? ""
            : " - " + dialect.interval(Durations.parse(c.incremental().lookback()));
        sql.append("    {% if is_incremental() %}\n    where ").append(time).append(" > (select max(").append(time)
            .append(")").append(lookback).append(" from {{ this }})\n    {% endif %}\n");
      }
      sql.append(") as latest\nwhere ").append(q("_row")).append(" = 1\n");
      return sql.toString();
    }
    if (c.scd().type() == 2) {
      sql.append("-- ").append(c.id()).append(' ').append(c.version())
          .append(": SCD2 versions from the snapshot, generated by datapact\n");
      sql.append("select ").append(fields).append(",\n    dbt_valid_from as ").append(q("valid_from"))
          .append(",\n    dbt_valid_to as ").append(q("valid_to"))
          .append(",\n    dbt_valid_to is null as ").append(q("is_current"))
          .append("\nfrom {{ ref(").append(jinja(snapshot(names))).append(") }}\n");
      return sql.toString();
    }
    String order = q(c.scd().updatedAt() == null ? c.source().loadedAt() : c.scd().updatedAt());
    StringBuilder previous = new StringBuilder();
    for (String p : c.scd().previous()) {
      previous.append(", lag(").append(q(p)).append(") over (partition by ").append(quoted(c.scd().key()))
          .append(" order by ").append(order).append(") as ").append(q("previous_" + p));
    }
    sql.append("-- ").append(c.id()).append(' ').append(c.version()).append(": SCD").append(c.scd().type())
        .append(", the latest row of each key, generated by datapact\n");
    String previousColumns = c.scd().previous().stream().map(p -> ", " + q("previous_" + p))
        .collect(Collectors.joining());
    sql.append("select ").append(fields).append(previousColumns).append("\nfrom (\n    select *").append(previous)
        .append(", row_number() over (partition by ").append(quoted(c.scd().key())).append(" order by ")
        .append(order).append(" desc) as ").append(q("_row")).append("\n    from ").append(staging)
        .append("\n) as latest\nwhere ").append(q("_row")).append(" = 1\n");
    return sql.toString();
  }

  private static String snapshot(ObjectNames names) {
    return names.base() + "_snapshot";
  }

  private String snapshotFile(Contract c, ObjectNames names) {
    StringBuilder sql = new StringBuilder("{% snapshot ").append(snapshot(names)).append(" %}\n");
    sql.append("{{ config(unique_key=").append(c.scd().key().size() == 1 ? jinja(c.scd().key().get(0))
        : "[" + c.scd().key().stream().map(this::jinja).collect(Collectors.joining(", ")) + "]");
    if (c.scd().updatedAt() != null) {
      sql.append(", strategy='timestamp', updated_at=").append(jinja(c.scd().updatedAt()));
    } else {
      List<String> tracked = c.scd().tracked().isEmpty()
          ? c.fields().stream().map(Field::name).filter(n -> !c.scd().key().contains(n)).toList() : c.scd().tracked();
      sql.append(", strategy='check', check_cols=[").append(tracked.stream().map(this::jinja)
          .collect(Collectors.joining(", "))).append("]");
    }
    if (c.scd().deletes() != io.datapact.model.HardDeletes.IGNORE) {
      sql.append(", invalidate_hard_deletes=True");
    }
    sql.append(") }}\n-- ").append(c.id()).append(' ').append(c.version()).append(", generated by datapact\n");
    sql.append("select * from {{ ref(").append(jinja(names.staging().name())).append(") }}\n{% endsnapshot %}\n");
    return sql.toString();
  }

  private ObjectNode model(String name, Contract c, String description) {
    ObjectNode m = JSON.objectNode();
    m.put("name", name);
    if (description != null) {
      m.put("description", description);
    }
    ArrayNode columns = m.putArray("columns");
    for (Field f : c.fields()) {
      ObjectNode col = columns.addObject().put("name", f.name());
      if (f.description() != null) {
        col.put("description", f.description());
      }
      col.put("data_type", dialect.type(f.logicalType()));
    }
    return m;
  }

  /** A generic test in schema.yml where dbt has one, else a singular test; checks dbt cannot state are listed. */
  private void test(PlannedCheck check, PipelineCatalog catalog, Map<String, ObjectNode> models,
      SortedMap<String, String> files, List<String> notExported) {
    ObjectNode model = models.get(check.target().name());
    String where = check.param(PlannedCheck.ROWS) == null ? null : q("is_current") + " = true";
    switch (check.kind()) {
      case NOT_NULL -> generic(model, check, JSON.textNode("not_null"), where);
      case UNIQUE -> generic(model, check, JSON.textNode("unique"), where);
      case ACCEPTED_VALUES -> {
        LogicalType type = LogicalType.parse(check.param(PlannedCheck.TYPE));
        ObjectNode args = JSON.objectNode();
        ArrayNode values = args.putArray("values");
        check.params().get(PlannedCheck.VALUES).forEach(values::add);
        args.put("quote", !type.base().numeric() && type.base() != LogicalType.Base.BOOLEAN);
        generic(model, check, JSON.objectNode().set("accepted_values", args), where);
      }
      case RELATIONSHIPS -> {
        String parent = check.param(PlannedCheck.PARENT);
        ObjectNode args = JSON.objectNode();
        args.put("to", "ref(" + jinja(parent.substring(parent.indexOf('.') + 1)) + ")");
        args.put("field", check.param(PlannedCheck.PARENT_COLUMN));
        generic(model, check, JSON.objectNode().set("relationships", args), where);
      }
      case GRAIN, PRIMARY_KEY, RANGE, PATTERN, LENGTH, EXPRESSION, VOLUME ->
          files.put("dbt/tests/" + check.name() + ".sql", singular(check, catalog, where));
      case FRESHNESS -> { } // source freshness in _sources.yml
      default -> notExported.add(check.name() + ": " + check.kind().wire()
          + " (dbt snapshots and incremental models keep this themselves, or it needs datapact's load history)");
    }
  }

  private void generic(ObjectNode model, PlannedCheck check, JsonNode test, String where) {
    JsonNode t = test;
    if (where != null) {
      String name = test.isTextual() ? test.asText() : test.fieldNames().next();
      ObjectNode args = test.isTextual() ? JSON.objectNode() : ((ObjectNode) test.get(name)).deepCopy();
      args.putObject("config").put("where", where);
      t = JSON.objectNode().set(name, args);
    }
    for (JsonNode column : model.get("columns")) {
      if (column.get("name").asText().equals(check.columns().get(0))) {
        ObjectNode col = (ObjectNode) column;
        ArrayNode tests = col.has("data_tests") ? (ArrayNode) col.get("data_tests") : col.putArray("data_tests");
        tests.add(t);
        return;
      }
    }
  }

  /** A query returning the rows (or the one aggregate row) that break the check: dbt fails on any row. */
  private String singular(PlannedCheck check, PipelineCatalog catalog, String where) {
    String from = "{{ ref(" + jinja(check.target().name()) + ") }}";
    String filter = where == null ? "" : " and " + where;
    String column = check.columns().isEmpty() ? null : q(check.columns().get(0));
    LogicalType type = check.param(PlannedCheck.TYPE) == null ? null : LogicalType.parse(check.param(PlannedCheck.TYPE));
    String head = "-- " + check.name() + " (" + check.kind().wire() + "), generated by datapact\n";
    String body = switch (check.kind()) {
      case GRAIN, PRIMARY_KEY -> "select " + quoted(check.columns()) + ", count(*) as " + q("rows")
          + "\nfrom " + from + (where == null ? "" : "\nwhere " + where) + "\ngroup by " + quoted(check.columns())
          + "\nhaving count(*) > 1\n";
      case RANGE -> "select *\nfrom " + from + "\nwhere (" + bounds(column, check, type, true) + ")" + filter + "\n";
      case LENGTH -> "select *\nfrom " + from + "\nwhere (" + bounds("length(" + column + ")", check, null, false) + ")"
          + filter + "\n";
      case PATTERN -> "select *\nfrom " + from + "\nwhere " + column + " is not null and not "
          + jinjaSafe(dialect.regexMatch(column, dialect.literal(check.param(PlannedCheck.PATTERN)))) + filter + "\n";
      case EXPRESSION -> {
        Contract c = CheckPlanner.contractOf(catalog, check);
        List<String> fields = c.fields().stream().map(Field::name).toList();
        String expression = ExpressionSql.render(Expression.parse(check.param(PlannedCheck.EXPRESSION)), fields,
            dialect, this::q);
        yield "select *\nfrom " + from + "\nwhere not (" + jinjaSafe(expression) + ")" + filter + "\n";
      }
      case VOLUME -> "select count(*) as " + q("rows") + "\nfrom " + from + "\nhaving "
          + bounds("count(*)", check, null, false) + "\n";
      default -> throw new IllegalStateException("no singular test for " + check.kind());
    };
    return head + body;
  }

  /** The condition of values outside the check's inclusive min and max. */
  private String bounds(String value, PlannedCheck check, LogicalType type, boolean typed) {
    List<String> outside = new ArrayList<>();
    String min = check.param(PlannedCheck.MIN);
    String max = check.param(PlannedCheck.MAX);
    if (min != null) {
      outside.add(value + " < " + (typed ? jinjaSafe(dialect.typedLiteral(min, type)) : Long.toString(Long.parseLong(min))));
    }
    if (max != null) {
      outside.add(value + " > " + (typed ? jinjaSafe(dialect.typedLiteral(max, type)) : Long.toString(Long.parseLong(max))));
    }
    return String.join(" or ", outside);
  }

  /** A quoted identifier that Jinja leaves alone. */
  private String q(String identifier) {
    return jinjaSafe(dialect.quote(identifier));
  }

  /**
   * SQL text from a contract with Jinja delimiters ({@code {{}}, {@code {%}, {@code {#}) written
   * so that dbt renders them as the characters they are, never as template code.
   */
  static String jinjaSafe(String sql) {
    if (!sql.contains("{{") && !sql.contains("{%") && !sql.contains("{#")) {
      return sql;
    }
    return sql.replace("{", "{{ '{' }}");
  }

  private String quoted(List<String> columns) {
    return columns.stream().map(this::q).collect(Collectors.joining(", "));
  }

  /** A Jinja string literal: single quotes, with backslashes and quotes escaped. */
  private String jinja(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String yaml(JsonNode node) {
    return ExportYaml.write(node);
  }
}
