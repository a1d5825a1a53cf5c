package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datapact.model.RoleAccess;
import io.datapact.model.SourceFormat;
import io.datapact.model.Wire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a Data Contract Specification file (1.x; 0.9 files as far as they agree): one contract
 * per model. Field {@code $ref}s to {@code definitions} are resolved; what a native contract
 * cannot state is reported element by element.
 */
final class DcsImporter {
  private static final Map<String, String> TOP = Map.of(
      "terms", "datapact contracts have no terms of use",
      "tags", "datapact contracts have no tags; keep them in an x- key",
      "links", "datapact contracts have no links",
      "quality", "top-level quality (DCS 0.9, e.g. SodaCL) cannot be read; state rules on models and fields",
      "examples", "datapact makes its own test data");
  private static final Map<String, String> MODEL = Map.of(
      "title", "datapact contracts have one description",
      "examples", "datapact makes its own test data",
      "tags", "datapact contracts have no tags; keep them in an x- key",
      "config", "datapact has no engine-specific configuration",
      "links", "datapact contracts have no links",
      "type", "datapact lands every dataset in a table");
  private static final Map<String, String> FIELD = Map.ofEntries(
      Map.entry("title", "datapact fields have one description"),
      Map.entry("tags", "datapact fields have no tags; keep them in an x- key"),
      Map.entry("links", "datapact fields have no links"),
      Map.entry("examples", "datapact makes its own test data"),
      Map.entry("example", "datapact makes its own test data"),
      Map.entry("lineage", "datapact fields have no lineage"),
      Map.entry("config", "datapact has no engine-specific configuration"),
      Map.entry("format", "datapact checks text with pattern, not named formats"),
      Map.entry("fields", "nested fields are kept as one json value"),
      Map.entry("items", "datapact lists hold values of one simple type"),
      Map.entry("precision", "only decimals have a precision"),
      Map.entry("scale", "only decimals have a scale"));
  private static final Map<String, String> SERVICE_LEVELS = Map.of(
      "retention", "datapact contracts do not state retention",
      "frequency", "datapact states freshness (the age of the newest row), not a delivery frequency",
      "support", "datapact contracts do not state support hours",
      "backup", "datapact contracts do not state backups");

  private final ImportContext context;
  private final QualityRules quality;
  private final Bounds bounds;
  private final JsonNode definitions;

  DcsImporter(ImportContext context) {
    this.context = context;
    this.quality = new QualityRules(context);
    this.bounds = new Bounds(context);
    this.definitions = context.doc().root().path("definitions");
  }

  List<Draft> read() {
    Element root = context.element("");
    String spec = root.text("dataContractSpecification").orElse("");
    if (!spec.startsWith("1.")) {
      context.adjusted("/dataContractSpecification", "Data Contract Specification " + spec
          + " is not 1.x; read as 1.x");
    }
    root.consume("definitions");
    String domain = Names.snake(root.text("id").orElse(null), "imported");
    Element info = root.child("info");
    String version = info.text("version").orElse("1.0.0");
    if (io.datapact.model.SemVer.parse(version).isEmpty()) {
      context.adjusted(info.at("version"), "version '" + version + "' is not MAJOR.MINOR.PATCH; imported as 1.0.0");
      version = "1.0.0";
    }
    String description = info.text("description").orElse(null);
    String team = info.text("owner").orElse(null);
    if (team == null || team.isBlank()) {
      context.adjusted(info.pointer(), "no owner: owner.team set to '" + domain + "'");
      team = domain;
    }
    Element contact = info.child("contact");
    String email = contact.text("email").filter(e -> e.matches("[^@\\s]+@[^@\\s]+")).orElse(null);
    contact.finish(Map.of("name", "datapact names the owning team, not a person",
        "url", "datapact keeps one e-mail address of the owner"));
    Optional<String> status = info.text("status");
    info.finish(Map.of("title", "datapact contracts have one description",
        "links", "datapact contracts have no links"));

    Set<String> formats = new TreeSet<>();
    List<String> roles = new ArrayList<>();
    servers(root, formats, roles);

    List<Draft> drafts = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Map.Entry<String, Element> model : root.entries("models")) {
      drafts.add(model(model.getKey(), model.getValue(), domain, taken));
    }
    if (drafts.isEmpty()) {
      context.warn("import-empty", "/models", "no models: the file describes no dataset, so no contract is written");
    }
    SourceFormat format = formats.size() == 1 ? SourceFormat.valueOf(formats.iterator().next()) : null;
    if (formats.size() > 1) {
      context.adjusted("/servers", "servers deliver " + formats + "; source.format left at csv");
    }
    for (Draft d : drafts) {
      d.version = version;
      d.team = team;
      d.email = email;
      d.format = format;
      if (d.description == null) {
        d.description = description;
      }
      roles.forEach(r -> d.access.put(r, new RoleAccess(true, null, false)));
    }
    status.ifPresent(s -> status(s, info.at("status"), drafts));
    serviceLevels(root.child("servicelevels"), drafts);
    root.finish(TOP);
    return drafts;
  }

  private void status(String status, String pointer, List<Draft> drafts) {
    io.datapact.model.Status mapped = switch (status.toLowerCase(Locale.ROOT)) {
      case "proposed", "draft", "in development" -> io.datapact.model.Status.DRAFT;
      case "active" -> io.datapact.model.Status.ACTIVE;
      case "retired" -> io.datapact.model.Status.RETIRED;
      default -> null;
    };
    if (mapped == null) {
      context.adjusted(pointer, "status '" + status + "' imported as active"
          + (status.equalsIgnoreCase("deprecated") ? " (a deprecated datapact contract needs a removal date)" : ""));
      return;
    }
    drafts.forEach(d -> d.status = mapped);
  }

  private void servers(Element root, Set<String> formats, List<String> roles) {
    for (Map.Entry<String, Element> server : root.entries("servers")) {
      Element s = server.getValue();
      String format = s.text("format").orElse("").toLowerCase(Locale.ROOT);
      String delimiter = s.text("delimiter").orElse("");
      switch (format) {
        case "json" -> {
          formats.add("JSONL");
          if (!delimiter.equals("new_line")) {
            context.adjusted(s.at("format"), "json read as one JSON document per line (jsonl)");
          }
        }
        case "csv" -> formats.add("CSV");
        case "parquet" -> formats.add("PARQUET");
        case "" -> { }
        default -> context.dropped(s.at("format"), "format '" + format + "' not imported: datapact reads csv, jsonl "
            + "and parquet");
      }
      for (Element role : s.list("roles")) {
        role.text("name").map(n -> Names.snake(n, "role")).ifPresent(roles::add);
        role.finish(Map.of("description", "datapact roles have no description"));
      }
      s.consume("delimiter");
      List<String> rest = new ArrayList<>();
      s.node().fieldNames().forEachRemaining(k -> {
        if (!Set.of("format", "delimiter", "roles").contains(k)) {
          rest.add(k);
        }
      });
      if (!rest.isEmpty()) {
        context.dropped(s.pointer(), "server '" + server.getKey() + "' not imported (" + String.join(", ", rest)
            + "): datapact reads raw rows from the landing table in source.table");
      }
    }
  }

  private Draft model(String name, Element m, String domain, Set<String> taken) {
    String snake = Names.unique(Names.snake(name, "dataset"), taken, Names.MAX_ID - 1 - Math.min(domain.length(), 20));
    taken.add(snake);
    Draft d = new Draft(context, m.pointer(), name);
    String id = Names.id(domain, snake);
    d.domain = id.substring(0, id.indexOf('.'));
    d.name = id.substring(id.indexOf('.') + 1);
    d.description = m.text("description").orElse(null);
    m.text("type").filter(t -> t.equalsIgnoreCase("table") || t.equalsIgnoreCase("view")).ifPresent(t -> m.consume("type"));
    for (Map.Entry<String, Element> field : m.entries("fields")) {
      field(d, field.getKey(), field.getValue());
    }
    List<String> keys = new ArrayList<>();
    JsonNode primaryKey = m.get("primaryKey");
    if (primaryKey.isArray()) {
      for (JsonNode k : primaryKey) {
        d.field(k.asText()).ifPresentOrElse(f -> keys.add(f.name),
            () -> context.dropped(m.at("primaryKey"), "primary key column '" + k.asText() + "' is no field"));
      }
    }
    if (keys.isEmpty()) {
      d.fields.stream().filter(f -> f.primaryKey).forEach(f -> keys.add(f.name));
    }
    d.grain = keys;
    if (keys.size() > 1) {
      d.fields.forEach(f -> f.primaryKey = false);
    } else if (keys.size() == 1) {
      d.field(keys.get(0)).ifPresent(f -> f.primaryKey = true);
    }
    quality.object(d, m.list("quality"));
    m.finish(MODEL);
    return d;
  }

  private void field(Draft d, String column, Element raw) {
    Element f0 = resolve(raw);
    DraftField f = new DraftField(raw.pointer(), column);
    f.name = Names.unique(Names.field(column), d.fieldNames(), Names.MAX_FIELD_BYTES);
    f.sourceName = column.equals(f.name) ? null : column;
    type(f, f0);
    f.required = f0.flag("required");
    f.unique = f0.flag("unique");
    f.primaryKey = f0.flag("primaryKey") || f0.flag("primary");
    f.description = f0.text("description").orElse(null);
    if (f.description == null) {
      f0.text("title").ifPresent(t -> f.description = t);
    }
    if (f.type.equals("string")) {
      f0.text("pattern").ifPresent(p -> f.pattern = p);
      bounds.length(f, f0, "minLength", true);
      bounds.length(f, f0, "maxLength", false);
    } else if (Mapping.base(f.type).numeric() || Mapping.base(f.type).temporal()) {
      bounds.numbers(f, f0);
    }
    JsonNode values = f0.get("enum");
    if (values.isArray() && QualityRules.listable(f.type)) {
      List<String> list = new ArrayList<>();
      for (JsonNode v : values) {
        Optional<String> wrong = Mapping.notAValue(f.type, v.asText());
        if (wrong.isPresent()) {
          context.dropped(f0.at("enum"), "enum value not imported: " + wrong.get());
        } else if (!list.contains(v.asText())) {
          list.add(v.asText());
        }
      }
      f.values = list;
    }
    f0.text("references").ifPresent(r -> {
      int dot = r.lastIndexOf('.');
      String object = dot < 0 ? "" : r.substring(0, dot);
      f.pending = new DraftField.PendingReference(object.substring(object.lastIndexOf('.') + 1), r.substring(dot + 1),
          null, f0.at("references"));
    });
    if (f0.flag("pii")) {
      f.pii = Mapping.guessPii(f.name, f0.node().path("format").asText(null));
      context.adjusted(f0.at("pii"), "pii: true imported as pii: " + Wire.of(f.pii) + ", guessed from the name"
          + " and format; check it" + f0.via("pii"));
    }
    Classifications.label(context, f, f0.text("classification"), f0.at("classification"), f0.via("classification"));
    Classifications.settle(context, f, raw.pointer());
    d.fields.add(f);
    quality.property(d, f, f0.list("quality"));
    f0.consume("$ref");
    f0.finish(FIELD);
  }

  /** The field with its {@code $ref} definition's keys under its own. */
  private Element resolve(Element field) {
    JsonNode ref = field.node().path("$ref");
    if (!ref.isTextual()) {
      return field;
    }
    String path = ref.asText();
    JsonNode definition = path.startsWith("#/definitions/") ? definitions.path(path.substring("#/definitions/".length()))
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    if (!definition.isObject()) {
      context.dropped(field.at("$ref"), "$ref '" + path + "' not imported: only #/definitions/<name> "
          + "in the same file is resolved");
      return field;
    }
    ObjectNode merged = ((ObjectNode) definition).deepCopy();
    Set<String> own = new HashSet<>();
    field.node().fields().forEachRemaining(e -> {
      merged.set(e.getKey(), e.getValue());
      own.add(e.getKey());
    });
    return new Element(context, merged, field.pointer(),
        io.datapact.yaml.Pointers.member("/definitions", path.substring("#/definitions/".length())), own);
  }

  private void type(DraftField f, Element field) {
    String type = field.text("type").orElse("").toLowerCase(Locale.ROOT);
    String format = field.node().path("format").asText("").toLowerCase(Locale.ROOT);
    f.type = switch (type) {
      case "string", "text", "varchar" -> {
        if (format.equals("uuid")) {
          field.consume("format");
          yield "uuid";
        }
        yield "string";
      }
      case "number", "decimal", "numeric" -> decimal(field, type);
      case "int", "integer" -> "integer";
      case "long", "bigint" -> "long";
      case "float", "double" -> "double";
      case "boolean" -> "boolean";
      case "timestamp", "timestamp_tz" -> "timestamptz";
      case "timestamp_ntz" -> "timestamp";
      case "date" -> "date";
      case "array" -> {
        String items = field.child("items").node().path("type").asText("").toLowerCase(Locale.ROOT);
        String element = switch (items) {
          case "string", "text", "varchar" -> "string";
          case "int", "integer" -> "integer";
          case "long", "bigint" -> "long";
          case "float", "double", "number" -> "double";
          case "boolean" -> "boolean";
          case "date" -> "date";
          case "timestamp", "timestamp_tz" -> "timestamptz";
          case "timestamp_ntz" -> "timestamp";
          default -> null;
        };
        if (element == null) {
          context.adjusted(field.at("items"), "array without items of a simple type imported as list<string>");
          yield "list<string>";
        }
        yield "list<" + element + ">";
      }
      case "object", "record", "struct", "map", "variant", "json" -> {
        context.adjusted(field.at("type"), "type '" + type + "' imported as json");
        yield "json";
      }
      default -> {
        context.adjusted(field.at("type"), (type.isEmpty() ? "no type" : "type '" + type + "' is not one datapact "
            + "knows") + ": imported as string");
        yield "string";
      }
    };
  }

  private String decimal(Element field, String type) {
    Optional<String> decimal = Mapping.decimal(field.get("precision"), field.get("scale"));
    if (decimal.isPresent()) {
      return decimal.get();
    }
    if (type.equals("number")) {
      return "double";
    }
    context.adjusted(field.at("type"), "decimal without precision imported as decimal(38,9)");
    return "decimal(38,9)";
  }

  private void serviceLevels(Element levels, List<Draft> drafts) {
    if (!levels.node().isObject()) {
      return;
    }
    if (levels.has("availability")) {
      Element a = levels.child("availability");
      String percent = a.text("percentage").orElse("").trim();
      if (percent.matches("(100|[0-9]{1,2}(\\.[0-9]+)?)%")) {
        drafts.forEach(d -> d.availability = percent);
      } else {
        context.dropped(a.pointer(), "availability not imported: '" + percent + "' is not a percentage");
      }
      a.finish(Map.of("description", "datapact SLAs have no description"));
    }
    if (levels.has("latency")) {
      Element l = levels.child("latency");
      Optional<String> d = l.text("threshold").flatMap(t -> Mapping.duration(t, null));
      if (d.isPresent()) {
        drafts.forEach(x -> x.latency = d.get());
      } else {
        context.dropped(l.pointer(), "latency not imported: threshold is no whole duration");
      }
      l.finish(Map.of("description", "datapact SLAs have no description",
          "sourceTimestampField", "datapact latency names no columns",
          "processedTimestampField", "datapact latency names no columns"));
    }
    if (levels.has("freshness")) {
      freshness(levels.child("freshness"), drafts);
    }
    levels.finish(SERVICE_LEVELS);
  }

  private void freshness(Element f, List<Draft> drafts) {
    Optional<String> d = f.text("threshold").flatMap(t -> Mapping.duration(t, null));
    if (d.isEmpty()) {
      context.dropped(f.pointer(), "freshness not imported: threshold is no whole duration");
      return;
    }
    String field = f.text("timestampField").orElse("");
    int dot = field.lastIndexOf('.');
    String model = dot < 0 ? null : field.substring(0, dot);
    String column = field.substring(dot + 1);
    List<Draft> targets = model == null ? drafts : drafts.stream().filter(x -> x.sourceName.equals(model)).toList();
    if (targets.isEmpty()) {
      context.dropped(f.at("timestampField"), "freshness not imported: '" + field + "' names no model");
      return;
    }
    for (Draft x : targets) {
      x.errorAfter = d.get();
      x.freshnessColumn = x.field(column).filter(c -> Mapping.base(c.type).temporal()).map(c -> c.name).orElse(null);
      if (x.freshnessColumn == null && !column.isEmpty()) {
        context.adjusted(f.at("timestampField"), "'" + column + "' is no date or time field of " + x.sourceName
            + "; the freshness of " + x.id() + " names no column");
      }
    }
    f.finish(Map.of("description", "datapact SLAs have no description"));
  }
}
