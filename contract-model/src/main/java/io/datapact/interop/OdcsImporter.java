package io.datapact.interop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.datapact.model.Deprecation;
import io.datapact.model.Incremental;
import io.datapact.model.Kind;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import io.datapact.model.RoleAccess;
import io.datapact.model.Scd;
import io.datapact.model.Source;
import io.datapact.model.Transform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an Open Data Contract Standard v3 file (3.0.x, 3.1.x, and the 3.2 {@code enum} of
 * properties): one contract per schema object. What a native contract cannot state is reported,
 * element by element, by {@link ImportContext}.
 */
final class OdcsImporter {
  private static final Pattern API = Pattern.compile("v?3\\.[0-2](\\..*)?");
  private static final Pattern AVAILABILITY = Pattern.compile("(100|[0-9]{1,2}(\\.[0-9]+)?)%?");
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final Map<String, String> TOP = Map.ofEntries(
      Map.entry("id", "datapact ids are domain.name, made from the domain and each schema object's name"),
      Map.entry("name", "datapact ids are made from the domain and each schema object's name"),
      Map.entry("dataProduct", "datapact ids are made from the domain and each schema object's name"),
      Map.entry("tenant", "datapact contracts have no tenant"),
      Map.entry("tags", "datapact contracts have no tags; keep them in an x- key"),
      Map.entry("servers", "datapact reads raw rows from the landing table in source.table"),
      Map.entry("price", "datapact contracts have no price"),
      Map.entry("authoritativeDefinitions", "datapact contracts have no links"),
      Map.entry("contractCreatedTs", "datapact contracts are versioned by version, not by time"),
      Map.entry("slaDefaultElement", "datapact SLAs name their column themselves"));
  private static final Map<String, String> OBJECT = Map.of(
      "businessName", "datapact contracts have one description",
      "tags", "datapact contracts have no tags; keep them in an x- key",
      "authoritativeDefinitions", "datapact contracts have no links",
      "dataGranularityDescription", "datapact states the grain as key fields",
      "physicalType", "datapact lands every dataset in a table");
  private static final Map<String, String> PROPERTY = Map.ofEntries(
      Map.entry("businessName", "datapact fields have one description"),
      Map.entry("tags", "datapact fields have no tags; keep them in an x- key"),
      Map.entry("authoritativeDefinitions", "datapact fields have no links"),
      Map.entry("examples", "datapact makes its own test data"),
      Map.entry("partitioned", "datapact decides the physical layout itself"),
      Map.entry("partitionKeyPosition", "datapact decides the physical layout itself"),
      Map.entry("criticalDataElement", "datapact fields have no criticality"),
      Map.entry("encryptedName", "datapact masks PII in views instead of storing encrypted copies"),
      Map.entry("transformSourceObjects", "datapact stages each dataset from its own raw table"),
      Map.entry("transformLogic", "datapact stages each dataset from its own raw table"),
      Map.entry("transformDescription", "datapact stages each dataset from its own raw table"),
      Map.entry("properties", "nested properties are kept as one json value"),
      Map.entry("items", "datapact lists hold values of one type"));
  private static final Map<String, String> OPTIONS = Map.ofEntries(
      Map.entry("minimum", "only numbers, dates and timestamps have a range in datapact"),
      Map.entry("maximum", "only numbers, dates and timestamps have a range in datapact"),
      Map.entry("exclusiveMinimum", "only numbers, dates and timestamps have a range in datapact"),
      Map.entry("exclusiveMaximum", "only numbers, dates and timestamps have a range in datapact"),
      Map.entry("minLength", "only strings have a length in datapact"),
      Map.entry("maxLength", "only strings have a length in datapact"),
      Map.entry("pattern", "only strings have a pattern in datapact"),
      Map.entry("format", "datapact reads values as typed values, not formatted text"),
      Map.entry("defaultTimezone", "datapact stores timestamps with their offset or without a time zone"),
      Map.entry("minItems", "datapact does not bound list sizes"),
      Map.entry("maxItems", "datapact does not bound list sizes"),
      Map.entry("uniqueItems", "datapact does not check list items"),
      Map.entry("required", "datapact stores objects as json without checking their members"),
      Map.entry("maxProperties", "datapact stores objects as json without checking their members"),
      Map.entry("minProperties", "datapact stores objects as json without checking their members"));
  private static final Map<String, String> SLA = Map.of(
      "driver", "datapact SLAs have no driver",
      "scheduler", "datapact checks SLAs on every build",
      "schedule", "datapact checks SLAs on every build",
      "valueExt", "datapact SLAs have one value",
      "description", "datapact SLAs have no description");
  private static final Map<String, String> SLA_PROPERTIES = Map.of(
      "retention", "datapact contracts do not state retention",
      "frequency", "datapact states freshness (the age of the newest row), not a delivery frequency",
      "generalAvailability", "datapact states availability as a percentage",
      "endOfSupport", "datapact states the end of a version as deprecation.removalDate",
      "endOfLife", "datapact states the end of a version as deprecation.removalDate",
      "timeOfAvailability", "datapact states freshness (the age of the newest row), not a time of day");

  private final ImportContext context;
  private final QualityRules quality;
  private final Bounds bounds;

  OdcsImporter(ImportContext context) {
    this.context = context;
    this.quality = new QualityRules(context);
    this.bounds = new Bounds(context);
  }

  /** The contracts of the file, one per schema object. */
  List<Draft> read() {
    Element root = context.element("");
    String api = root.text("apiVersion").orElse("");
    if (!API.matcher(api).matches()) {
      context.adjusted("/apiVersion", "apiVersion '" + api + "' is not ODCS v3.0, v3.1 or v3.2; read as v3.1");
    }
    root.consume("kind");
    String domainSource = root.has("domain") ? "domain" : root.has("dataProduct") ? "dataProduct" : "name";
    String domain = Names.snake(root.text(domainSource).orElse(null), "imported");
    String version = version(root);
    Optional<String> status = root.text("status");
    String topDescription = description(root);
    String team = team(root, domain);
    String email = email(root);

    List<Draft> drafts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Element object : root.list("schema")) {
      schemaObject(object, domain, names).ifPresent(drafts::add);
    }
    if (drafts.isEmpty()) {
      context.warn("import-empty", "/schema", "no schema objects: the file describes no dataset, so no contract "
          + "is written");
      Map<String, String> reasons = new HashMap<>(TOP);
      for (String key : List.of("roles", "slaProperties", "description", "team", "support", "customProperties")) {
        reasons.put(key, "the file has no schema object to apply it to");
      }
      root.consume("version", "status");
      root.finish(reasons);
      return drafts;
    }
    for (Draft d : drafts) {
      d.version = version;
      d.team = team;
      d.email = email;
    }
    String id = root.node().path("id").asText("");
    if (drafts.stream().anyMatch(d -> d.id().equals(id))) {
      root.consume("id");
    }
    status(status.orElse(null), drafts);
    boolean topUsed = false;
    for (Draft d : drafts) {
      if (d.description == null && topDescription != null) {
        d.description = topDescription;
        topUsed = true;
      }
    }
    if (topDescription != null && !topUsed) {
      context.dropped("/description", "'description' not imported: every schema object has its own description");
    }
    roles(root.list("roles"), drafts);
    sla(root.list("slaProperties"), drafts);
    for (Element property : root.list("customProperties")) {
      property.consume("property", "value", "id", "description");
      context.dropped(property.pointer(), "custom property '" + property.text("property").orElse("")
          + "' not imported: datapact contracts have no custom properties; keep them in an x- key");
    }
    root.finish(TOP);
    return drafts;
  }

  private String version(Element root) {
    String version = root.text("version").orElse(null);
    if (version == null) {
      context.adjusted("", "no version: imported as 1.0.0");
      return "1.0.0";
    }
    if (io.datapact.model.SemVer.parse(version).isPresent()) {
      return version;
    }
    String fixed = version.matches("\\d+") ? version + ".0.0" : version.matches("\\d+\\.\\d+") ? version + ".0" : "1.0.0";
    context.adjusted("/version", "version '" + version + "' is not MAJOR.MINOR.PATCH; imported as " + fixed);
    return fixed;
  }

  private void status(String status, List<Draft> drafts) {
    if (status == null) {
      return;
    }
    String s = status.toLowerCase(Locale.ROOT);
    io.datapact.model.Status mapped = switch (s) {
      case "proposed", "draft", "development", "dev" -> io.datapact.model.Status.DRAFT;
      case "active", "released", "production" -> io.datapact.model.Status.ACTIVE;
      case "deprecated" -> io.datapact.model.Status.DEPRECATED;
      case "retired" -> io.datapact.model.Status.RETIRED;
      default -> null;
    };
    if (mapped == null) {
      context.adjusted("/status", "status '" + status + "' is not draft, active, deprecated or retired; imported as active");
      return;
    }
    for (Draft d : drafts) {
      if (mapped == io.datapact.model.Status.DEPRECATED && (d.deprecation == null || d.deprecation.removalDate() == null)) {
        context.adjusted("/status", "status 'deprecated' without a removal date (custom property "
            + OdcsExtensions.DEPRECATION + "); " + d.id() + " imported as active");
        continue;
      }
      d.status = mapped;
    }
  }

  private String description(Element root) {
    JsonNode node = root.get("description");
    if (node.isTextual()) {
      return node.asText();
    }
    if (!node.isObject()) {
      return null;
    }
    Element d = root.child("description");
    List<String> parts = new ArrayList<>();
    d.text("purpose").ifPresent(parts::add);
    d.text("usage").ifPresent(u -> parts.add("Usage: " + u));
    d.text("limitations").ifPresent(l -> parts.add("Limitations: " + l));
    d.finish(Map.of("authoritativeDefinitions", "datapact contracts have no links",
        "customProperties", "datapact contracts have no custom properties; keep them in an x- key"));
    return parts.isEmpty() ? null : String.join("\n\n", parts);
  }

  private String team(Element root, String domain) {
    JsonNode node = root.get("team");
    if (node.isObject()) {
      Element t = root.child("team");
      Optional<String> name = t.text("name");
      t.finish(Map.of("members", "datapact names the owning team, not its people",
          "description", "datapact teams have no description"));
      if (name.isPresent() && !name.get().isBlank()) {
        return name.get();
      }
      context.adjusted("/team", "team without a name: owner.team set to '" + domain + "'");
      return domain;
    }
    if (node.isArray() && !node.isEmpty()) {
      context.adjusted("/team", "team members not imported (datapact names the owning team, not its people): "
          + "owner.team set to '" + domain + "'");
      return domain;
    }
    context.adjusted("", "no team: owner.team set to '" + domain + "'");
    return domain;
  }

  private String email(Element root) {
    String email = null;
    for (Element s : root.list("support")) {
      Optional<String> url = s.text("url");
      if (email == null && url.isPresent() && url.get().startsWith("mailto:")
          && url.get().substring(7).matches("[^@\\s]+@[^@\\s]+")) {
        email = url.get().substring(7);
        s.consume("channel", "tool", "id", "scope", "description");
        s.finish(Map.of());
        continue;
      }
      s.consume("channel");
      context.dropped(s.pointer(), "support channel '" + s.text("channel").orElse("") + "' not imported: datapact "
          + "keeps one e-mail address of the owner");
    }
    return email;
  }

  private Optional<Draft> schemaObject(Element o, String domain, Set<String> taken) {
    Optional<String> name = o.text("name");
    if (name.isEmpty() || name.get().isBlank()) {
      context.error("import-invalid", o.pointer(), "schema object has no name", "give every schema object a name");
      return Optional.empty();
    }
    String snake = Names.snake(name.get(), "dataset");
    String unique = Names.unique(snake, taken, Names.MAX_ID - 1 - Math.min(domain.length(), Names.MAX_ID / 2));
    taken.add(unique);
    Draft d = new Draft(context, o.pointer(), name.get());
    String id = Names.id(domain, unique);
    d.domain = id.substring(0, id.indexOf('.'));
    d.name = id.substring(id.indexOf('.') + 1);
    o.consume("id", "logicalType");
    o.text("physicalType").filter(t -> t.equalsIgnoreCase("table") || t.equalsIgnoreCase("view"))
        .ifPresent(t -> o.consume("physicalType"));
    o.text("physicalName").ifPresent(p -> d.sourceTable = table(p));
    d.description = o.text("description").orElse(null);
    for (Element p : o.list("properties")) {
      property(d, p);
    }
    Element custom = customProperties(o);
    objectExtensions(d, custom);
    keys(d);
    relationships(d, o.list("relationships"));
    quality.object(d, o.list("quality"));
    o.finish(OBJECT);
    return Optional.of(d);
  }

  /** A physical name as a landing table: {@code schema.table} kept, a bare name in schema raw. */
  static String table(String physical) {
    String[] parts = physical.split("\\.");
    if (parts.length >= 2) {
      return Names.snake(parts[parts.length - 2], "raw") + "." + Names.snake(parts[parts.length - 1], "data");
    }
    return "raw." + Names.snake(physical, "data");
  }

  private void keys(Draft d) {
    List<DraftField> keys = d.fields.stream().filter(f -> f.primaryKey)
        .sorted(Comparator.comparingInt(f -> f.keyPosition <= 0 ? Integer.MAX_VALUE : f.keyPosition)).toList();
    if (d.kind != null || keys.isEmpty()) {
      return;
    }
    d.grain = new ArrayList<>(keys.stream().map(f -> f.name).toList());
    if (keys.size() > 1) {
      keys.forEach(f -> f.primaryKey = false);
    }
  }

  private void property(Draft d, Element p) {
    Optional<String> column = p.text("name");
    if (column.isEmpty() || column.get().isBlank()) {
      context.error("import-invalid", p.pointer(), "property has no name", "give every property a name");
      return;
    }
    DraftField f = new DraftField(p.pointer(), column.get());
    f.name = Names.unique(Names.field(column.get()), d.fieldNames(), Names.MAX_FIELD_BYTES);
    Optional<String> physicalName = p.text("physicalName");
    String raw = physicalName.orElse(column.get());
    f.sourceName = raw.equals(f.name) ? null : raw;
    p.consume("id");
    type(f, p);
    f.required = p.flag("required");
    f.unique = p.flag("unique");
    f.primaryKey = p.flag("primaryKey");
    JsonNode position = p.get("primaryKeyPosition");
    f.keyPosition = position.isIntegralNumber() ? position.asInt() : 0;
    f.description = p.text("description").orElse(null);
    if (f.description == null) {
      p.text("businessName").ifPresent(b -> f.description = b);
    }
    d.fields.add(f);
    enumeration(f, p.list("enum"));
    quality.property(d, f, p.list("quality"));
    for (Element r : p.list("relationships")) {
      JsonNode to = r.get("to");
      r.consume("type", "id");
      if (!to.isTextual()) {
        context.dropped(r.pointer(), "relationship not imported: a composite foreign key; a datapact reference names "
            + "one field");
        continue;
      }
      pending(f, to.asText(), reference(r), r.pointer());
      r.finish(Map.of());
    }
    Element custom = customProperties(p);
    propertyExtensions(f, custom, p);
    personalData(f, p);
    p.finish(PROPERTY);
  }

  private void pending(DraftField f, String to, JsonNode datapactId, String pointer) {
    int dot = to.lastIndexOf('.');
    String object = dot < 0 ? "" : to.substring(0, dot);
    object = object.substring(object.lastIndexOf('.') + 1);
    if (to.startsWith("/")) {
      String[] parts = to.split("/");
      object = parts.length > 2 ? parts[2] : "";
      dot = to.lastIndexOf('/');
    }
    f.pending = new DraftField.PendingReference(object, to.substring(dot + 1),
        datapactId.isTextual() ? datapactId.asText() : null, pointer);
  }

  private void relationships(Draft d, List<Element> relationships) {
    for (Element r : relationships) {
      JsonNode from = r.get("from");
      JsonNode to = r.get("to");
      r.consume("type", "id");
      JsonNode single = from.isArray() && from.size() == 1 ? from.get(0) : from;
      JsonNode target = to.isArray() && to.size() == 1 ? to.get(0) : to;
      if (!single.isTextual() || !target.isTextual()) {
        context.dropped(r.pointer(), "relationship not imported: a composite foreign key; a datapact reference names "
            + "one field");
        continue;
      }
      String column = single.asText().substring(single.asText().lastIndexOf('.') + 1);
      Optional<DraftField> f = d.field(column);
      if (f.isEmpty()) {
        context.dropped(r.pointer(), "relationship not imported: '" + single.asText() + "' is no property of "
            + d.sourceName);
        continue;
      }
      pending(f.get(), target.asText(), reference(r), r.pointer());
      r.finish(Map.of());
    }
  }

  /** The type from logicalType, physicalType and logicalTypeOptions, with the options that bound it. */
  private void type(DraftField f, Element p) {
    String logical = p.text("logicalType").orElse("").toLowerCase(Locale.ROOT);
    Optional<Mapping.Physical> physical = p.text("physicalType").flatMap(Mapping::physical);
    p.consume("physicalType");
    Element options = p.child("logicalTypeOptions");
    String format = options.text("format").orElse("").toLowerCase(Locale.ROOT);
    String type = switch (logical) {
      case "string" -> format.equals("uuid") ? "uuid" : physical.map(Mapping.Physical::type)
          .filter(t -> t.equals("string") || t.equals("uuid")).orElse("string");
      case "integer" -> format.equals("i64") ? "long" : format.equals("i32") ? "integer" : physical
          .map(Mapping.Physical::type).filter(t -> t.equals("integer") || t.equals("long")).orElse("long");
      case "number" -> number(options, format, physical);
      case "boolean" -> "boolean";
      case "date" -> "date";
      case "timestamp" -> options.flag("timezone") || physical.map(Mapping.Physical::type).filter("timestamptz"::equals)
          .isPresent() ? "timestamptz" : "timestamp";
      case "array" -> list(p, physical);
      case "object", "map" -> {
        context.adjusted(p.at("logicalType"), "logicalType '" + logical + "' imported as json");
        yield "json";
      }
      case "time" -> {
        context.adjusted(p.at("logicalType"), "logicalType 'time' imported as string: datapact has no time of day type");
        yield "string";
      }
      default -> {
        if (physical.isPresent()) {
          yield physical.get().type();
        }
        context.adjusted(p.pointer(), (logical.isEmpty() ? "no logicalType" : "logicalType '" + logical + "' is unknown")
            + ": imported as string");
        yield "string";
      }
    };
    f.type = type;
    if (!logical.equals("time")) {
      options.consume("timezone");
    }
    if (format.matches("uuid|i32|i64|f32|f64") && !logical.equals("time")) {
      options.consume("format");
    }
    bounds(f, options, physical);
    options.finish(OPTIONS);
  }

  private String number(Element options, String format, Optional<Mapping.Physical> physical) {
    Optional<String> decimal = Mapping.decimal(options.get("precision"), options.get("scale"));
    if (decimal.isPresent()) {
      return decimal.get();
    }
    if (format.equals("f32") || format.equals("f64")) {
      return "double";
    }
    return physical.map(Mapping.Physical::type).filter(t -> Mapping.base(t).numeric()).orElse("double");
  }

  private String list(Element p, Optional<Mapping.Physical> physical) {
    if (physical.isPresent() && physical.get().type().startsWith("list<")) {
      p.consume("items");
      return physical.get().type();
    }
    Element items = p.child("items");
    String logical = items.text("logicalType").orElse("").toLowerCase(Locale.ROOT);
    Optional<Mapping.Physical> element = items.text("physicalType").flatMap(Mapping::physical);
    String type = switch (logical) {
      case "string" -> "string";
      case "integer" -> element.map(Mapping.Physical::type).filter(t -> t.equals("integer")).orElse("long");
      case "number" -> element.map(Mapping.Physical::type).filter(t -> Mapping.base(t).numeric()).orElse("double");
      case "boolean" -> "boolean";
      case "date" -> "date";
      case "timestamp" -> "timestamp";
      default -> null;
    };
    if (type == null) {
      context.adjusted(p.at("logicalType"), "array without items of a simple type imported as list<string>");
      return "list<string>";
    }
    items.consume("name", "physicalType", "id");
    items.finish(PROPERTY);
    return "list<" + type + ">";
  }

  private void bounds(DraftField f, Element options, Optional<Mapping.Physical> physical) {
    LogicalType.Base base = Mapping.base(f.type);
    if (base == LogicalType.Base.STRING) {
      options.text("pattern").ifPresent(p -> f.pattern = p);
      bounds.length(f, options, "minLength", true);
      bounds.length(f, options, "maxLength", false);
      if (f.maxLength == null && physical.isPresent() && physical.get().maxLength() != null) {
        f.maxLength = physical.get().maxLength();
      }
      return;
    }
    if (base.numeric() || base.temporal()) {
      options.consume("precision", "scale");
      bounds.numbers(f, options);
    }
  }

  private void enumeration(DraftField f, List<Element> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (!QualityRules.listable(f.type)) {
      context.dropped(entries.get(0).pointer(), "enum not imported: values of type " + f.type + " cannot be listed");
      return;
    }
    List<String> values = new ArrayList<>();
    for (Element e : entries) {
      JsonNode value = e.node().isObject() ? e.get("value") : e.node();
      if (!value.isValueNode() || value.isNull()) {
        context.dropped(e.pointer(), "enum entry not imported: it has no value");
        continue;
      }
      Optional<String> wrong = Mapping.notAValue(f.type, value.asText());
      if (wrong.isPresent()) {
        context.dropped(e.pointer(), "enum entry not imported: " + wrong.get());
        continue;
      }
      values.add(value.asText());
      e.consume("id");
      e.finish(Map.of("label", "datapact enum values have no labels",
          "description", "datapact enum values have no description",
          "tags", "datapact enum values have no tags",
          "customProperties", "datapact enum values have no custom properties",
          "authoritativeDefinitions", "datapact enum values have no links"));
    }
    if (!values.isEmpty()) {
      f.values = values.stream().distinct().toList();
    }
  }

  /** Marks the custom properties list read and returns them by name; datapact ones are used, others reported. */
  private Element customProperties(Element owner) {
    return owner.child("customProperties");
  }

  /** The datapact reference a relationship states; other custom properties of it are reported. */
  private JsonNode reference(Element relationship) {
    JsonNode v = extensions(relationship.child("customProperties"), Set.of(OdcsExtensions.REFERENCES))
        .get(OdcsExtensions.REFERENCES);
    return v == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : v;
  }

  private void objectExtensions(Draft d, Element custom) {
    Map<String, JsonNode> values = extensions(custom, Set.of(OdcsExtensions.KIND, OdcsExtensions.GRAIN,
        OdcsExtensions.SCD, OdcsExtensions.INCREMENTAL, OdcsExtensions.SOURCE, OdcsExtensions.DEPRECATION,
        OdcsExtensions.WARN_AFTER, OdcsExtensions.MAX_DAILY_CHANGE));
    bind(values, OdcsExtensions.KIND, Kind.class, custom).ifPresent(k -> d.kind = k);
    bind(values, OdcsExtensions.GRAIN, String[].class, custom).ifPresent(g -> d.grain = new ArrayList<>(List.of(g)));
    bind(values, OdcsExtensions.SCD, Scd.class, custom).ifPresent(s -> d.scd = s);
    bind(values, OdcsExtensions.INCREMENTAL, Incremental.class, custom).ifPresent(i -> d.incremental = i);
    bind(values, OdcsExtensions.DEPRECATION, Deprecation.class, custom).ifPresent(x -> d.deprecation = x);
    bind(values, OdcsExtensions.SOURCE, Source.class, custom).ifPresent(s -> {
      d.format = s.format();
      d.loadedAt = s.loadedAt();
      d.deletedFlag = s.deletedFlag();
    });
    bind(values, OdcsExtensions.WARN_AFTER, String.class, custom).ifPresent(w -> d.warnAfter = w);
    bind(values, OdcsExtensions.MAX_DAILY_CHANGE, Double.class, custom).ifPresent(m -> d.maxDailyChangePct = m);
  }

  private void propertyExtensions(DraftField f, Element custom, Element p) {
    Map<String, JsonNode> values = extensions(custom, Set.of(OdcsExtensions.PII, OdcsExtensions.MASKING,
        OdcsExtensions.TRANSFORM, "pii"));
    bind(values, OdcsExtensions.PII, PiiKind.class, custom).ifPresent(k -> f.pii = k);
    bind(values, OdcsExtensions.MASKING, Masking.class, custom).ifPresent(m -> f.masking = m);
    bind(values, OdcsExtensions.TRANSFORM, Transform[].class, custom).ifPresent(t -> f.transform = new ArrayList<>(List.of(t)));
    JsonNode pii = values.get("pii");
    if (f.pii == null && pii != null && pii.asBoolean(false)) {
      f.pii = Mapping.guessPii(f.name, null);
      context.adjusted(p.at("customProperties"), "pii: true imported as pii: " + io.datapact.model.Wire.of(f.pii)
          + ", guessed from the name; check it");
    }
  }

  /** The values of the named custom properties; every other custom property is reported. */
  private Map<String, JsonNode> extensions(Element custom, Set<String> known) {
    Map<String, JsonNode> values = new HashMap<>();
    JsonNode list = custom.node();
    if (!list.isArray()) {
      return values;
    }
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).path("property").asText();
      String pointer = io.datapact.yaml.Pointers.index(custom.pointer(), i);
      if (known.contains(name)) {
        values.put(name, list.get(i).path("value"));
        values.put("@" + name, com.fasterxml.jackson.databind.node.TextNode.valueOf(pointer));
      } else {
        context.dropped(pointer, "custom property '" + name + "' not imported: datapact has no equivalent; keep it "
            + "in an x- key");
      }
    }
    return values;
  }

  private <T> Optional<T> bind(Map<String, JsonNode> values, String name, Class<T> type, Element custom) {
    JsonNode v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(BINDER.treeToValue(v, type));
    } catch (java.io.IOException | IllegalArgumentException e) {
      context.dropped(values.get("@" + name).asText(), "custom property '" + name + "' not imported: not a valid value");
      return Optional.empty();
    }
  }

  /** PII needs a classification other than public and a masking that works on the type. */
  private void personalData(DraftField f, Element p) {
    Classifications.label(context, f, p.text("classification"), p.at("classification"), "");
    Classifications.settle(context, f, p.pointer());
  }

  /** Roles: read access becomes a masked reader, write access a loader. */
  private void roles(List<Element> roles, List<Draft> drafts) {
    for (Element r : roles) {
      String name = Names.snake(r.text("role").orElse(null), "role");
      String access = r.text("access").orElse("read").toLowerCase(Locale.ROOT);
      boolean write = access.contains("write");
      if (!write && !access.equals("read")) {
        context.adjusted(r.at("access"), "access '" + access + "' imported as read");
      }
      Map<String, JsonNode> values = extensions(r.child("customProperties"),
          Set.of(OdcsExtensions.MASKED, OdcsExtensions.ROW_FILTER));
      JsonNode masked = values.get(OdcsExtensions.MASKED);
      JsonNode filter = values.get(OdcsExtensions.ROW_FILTER);
      RoleAccess role = new RoleAccess(masked == null || masked.asBoolean(true),
          filter == null || !filter.isTextual() ? null : filter.asText(), write);
      drafts.forEach(d -> d.access.put(name, role));
      r.consume("id");
      r.finish(Map.of("firstLevelApprovers", "datapact grants roles in the database; approvals are not part of it",
          "secondLevelApprovers", "datapact grants roles in the database; approvals are not part of it",
          "description", "datapact roles have no description"));
    }
  }

  private void sla(List<Element> properties, List<Draft> drafts) {
    for (Element s : properties) {
      String property = s.text("property").orElse("");
      String value = s.text("value").orElse(null);
      String unit = s.text("unit").orElse(null);
      s.consume("id");
      switch (property) {
        case "latency" -> {
          Optional<String> d = Mapping.duration(value, unit);
          if (d.isEmpty()) {
            context.dropped(s.pointer(), "latency not imported: '" + value + "' " + unit + " is no whole number of "
                + "seconds, minutes, hours or days");
            continue;
          }
          target(s, drafts).forEach(x -> x.latency = d.get());
        }
        case OdcsExtensions.FRESHNESS -> freshness(s, value, unit, drafts);
        case OdcsExtensions.AVAILABILITY -> {
          if (value == null || !AVAILABILITY.matcher(value.trim()).matches()) {
            context.dropped(s.pointer(), "availability not imported: '" + value + "' is not a percentage");
            continue;
          }
          String percent = value.trim().endsWith("%") ? value.trim() : value.trim() + "%";
          target(s, drafts).forEach(x -> x.availability = percent);
        }
        default -> {
          context.dropped(s.pointer(), "SLA property '" + property + "' not imported: "
              + SLA_PROPERTIES.getOrDefault(property, "datapact has no equivalent"));
          continue;
        }
      }
      s.finish(SLA);
    }
  }

  /** The contracts an SLA property applies to: the one its element names, else all. */
  private List<Draft> target(Element s, List<Draft> drafts) {
    Optional<String> element = s.text("element");
    if (element.isEmpty()) {
      return drafts;
    }
    String object = element.get().contains(".") ? element.get().substring(0, element.get().indexOf('.')) : element.get();
    List<Draft> named = drafts.stream().filter(d -> d.sourceName.equalsIgnoreCase(object)).toList();
    if (named.isEmpty()) {
      context.adjusted(s.at("element"), "element '" + element.get() + "' names no schema object; applied to every "
          + "contract of the file");
      return drafts;
    }
    return named;
  }

  private void freshness(Element s, String value, String unit, List<Draft> drafts) {
    Optional<String> d = Mapping.duration(value, unit);
    if (d.isEmpty()) {
      context.dropped(s.pointer(), "freshness not imported: '" + value + "' " + unit + " is no whole duration");
      return;
    }
    String element = s.text("element").orElse("");
    String column = element.contains(".") ? element.substring(element.indexOf('.') + 1) : null;
    for (Draft x : target(s, drafts)) {
      x.errorAfter = d.get();
      if (column != null) {
        String loadedAt = x.loadedAt == null ? Source.DEFAULT_LOADED_AT : x.loadedAt;
        x.freshnessColumn = column.equals(loadedAt) ? column : x.field(column)
            .filter(f -> Mapping.base(f.type).temporal()).map(f -> f.name).orElse(null);
        if (x.freshnessColumn == null) {
          context.adjusted(s.at("element"), "freshness column '" + column + "' is no date or time property of " + x.sourceName
              + "; the freshness of " + x.id() + " names no column");
        }
      }
    }
  }
}
