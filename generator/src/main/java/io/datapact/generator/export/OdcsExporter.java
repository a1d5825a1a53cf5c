package io.datapact.generator.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datapact.interop.OdcsExtensions;
import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.HardDeletes;
import io.datapact.model.LogicalType;
import io.datapact.model.RoleAccess;
import io.datapact.model.Severity;
import io.datapact.model.Sla;
import io.datapact.model.Source;
import io.datapact.model.SourceFormat;
import io.datapact.model.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes each contract as an Open Data Contract Standard v3.1 file with one schema object.
 *
 * <p>Everything ODCS states is written the ODCS way (types, keys, classification, relationships,
 * quality rules, SLA properties, roles); what it has no place for (kind, history, incremental
 * loads, masking, ...) goes into {@link OdcsExtensions custom properties}, so that importing the
 * file gives back an equal contract. Checks become SQL rules counting the rows that break them.
 * Output is deterministic.
 */
public final class OdcsExporter {
  /** The ODCS version written. */
  public static final String API_VERSION = "v3.1.0";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OdcsExporter() {}

  /** One file per contract, {@code odcs/<domain>/<name>-v<major>.odcs.yaml}, sorted by path. */
  public static SortedMap<String, String> export(List<Contract> contracts) {
    SortedMap<String, String> files = new TreeMap<>();
    for (Contract c : contracts) {
      files.put("odcs/" + c.domain() + "/" + c.name() + "-v" + c.majorVersion() + ".odcs.yaml", write(c));
    }
    return files;
  }

  /** The ODCS text of one contract. */
  public static String write(Contract c) {
    ObjectNode root = JSON.objectNode();
    root.put("apiVersion", API_VERSION);
    root.put("kind", "DataContract");
    root.put("id", c.id());
    root.put("version", c.version());
    root.put("status", Wire.of(c.status()));
    root.put("domain", c.domain());
    root.putObject("team").put("name", c.owner().team());
    if (c.owner().email() != null) {
      root.putArray("support").addObject().put("channel", "owner").put("tool", "email")
          .put("url", "mailto:" + c.owner().email());
    }
    root.putArray("schema").add(schema(c));
    if (!c.access().isEmpty()) {
      ArrayNode roles = root.putArray("roles");
      for (Map.Entry<String, RoleAccess> e : c.access().entrySet()) {
        roles.add(role(e.getKey(), e.getValue()));
      }
    }
    ArrayNode sla = sla(c);
    if (!sla.isEmpty()) {
      root.set("slaProperties", sla);
    }
    return ExportYaml.write(root);
  }

  private static ObjectNode schema(Contract c) {
    ObjectNode o = JSON.objectNode();
    o.put("name", c.name());
    if (c.source().table() != null) {
      o.put("physicalName", c.source().table());
    }
    o.put("physicalType", "table");
    o.put("logicalType", "object");
    if (c.description() != null) {
      o.put("description", c.description());
    }
    ArrayNode properties = o.putArray("properties");
    int position = 0;
    for (Field f : c.fields()) {
      properties.add(property(c, f, f.primaryKey() ? ++position : 0));
    }
    ArrayNode quality = JSON.arrayNode();
    volume(c, quality);
    for (Check check : c.checks()) {
      ObjectNode rule = quality.addObject();
      rule.put("type", "sql");
      rule.put("name", check.name());
      if (check.description() != null) {
        rule.put("description", check.description());
      }
      rule.put("severity", check.severity() == Severity.ERROR ? "error" : "warning");
      rule.put("query", "SELECT COUNT(*) FROM " + c.name() + " WHERE NOT (" + check.expression() + ")");
      rule.put("mustBe", 0);
    }
    if (!quality.isEmpty()) {
      o.set("quality", quality);
    }
    ArrayNode custom = JSON.arrayNode();
    custom(custom, OdcsExtensions.KIND, JSON.textNode(Wire.of(c.kind())));
    if (!c.grain().isEmpty()) {
      custom(custom, OdcsExtensions.GRAIN, names(c.grain()));
    }
    if (c.scd() != null) {
      ObjectNode scd = JSON.objectNode();
      scd.put("type", c.scd().type());
      scd.set("key", names(c.scd().key()));
      if (c.scd().updatedAt() != null) {
        scd.put("updatedAt", c.scd().updatedAt());
      }
      if (!c.scd().tracked().isEmpty()) {
        scd.set("tracked", names(c.scd().tracked()));
      }
      if (!c.scd().previous().isEmpty()) {
        scd.set("previous", names(c.scd().previous()));
      }
      if (c.scd().deletes() != HardDeletes.IGNORE) {
        scd.put("deletes", Wire.of(c.scd().deletes()));
      }
      custom(custom, OdcsExtensions.SCD, scd);
    }
    if (c.incremental() != null) {
      ObjectNode inc = JSON.objectNode();
      inc.put("strategy", Wire.of(c.incremental().strategy()));
      inc.put("timeColumn", c.incremental().timeColumn());
      if (c.incremental().lookback() != null) {
        inc.put("lookback", c.incremental().lookback());
      }
      custom(custom, OdcsExtensions.INCREMENTAL, inc);
    }
    ObjectNode source = JSON.objectNode();
    if (c.source().format() != SourceFormat.CSV) {
      source.put("format", Wire.of(c.source().format()));
    }
    if (!Source.DEFAULT_LOADED_AT.equals(c.source().loadedAt())) {
      source.put("loadedAt", c.source().loadedAt());
    }
    if (c.source().deletedFlag() != null) {
      source.put("deletedFlag", c.source().deletedFlag());
    }
    if (!source.isEmpty()) {
      custom(custom, OdcsExtensions.SOURCE, source);
    }
    if (c.deprecation() != null) {
      ObjectNode d = JSON.objectNode();
      putText(d, "removalDate", c.deprecation().removalDate());
      putText(d, "replacement", c.deprecation().replacement());
      putText(d, "reason", c.deprecation().reason());
      custom(custom, OdcsExtensions.DEPRECATION, d);
    }
    Sla sla = c.sla();
    if (sla != null && sla.freshness() != null && sla.freshness().warnAfter() != null) {
      custom(custom, OdcsExtensions.WARN_AFTER, JSON.textNode(sla.freshness().warnAfter()));
    }
    if (sla != null && sla.volume() != null && sla.volume().maxDailyChangePct() != null) {
      custom(custom, OdcsExtensions.MAX_DAILY_CHANGE, JSON.numberNode(sla.volume().maxDailyChangePct()));
    }
    o.set("customProperties", custom);
    return o;
  }

  private static void volume(Contract c, ArrayNode quality) {
    Sla.Volume v = c.sla() == null ? null : c.sla().volume();
    if (v == null || v.minRows() == null && v.maxRows() == null) {
      return;
    }
    ObjectNode rule = quality.addObject();
    rule.put("type", "library");
    rule.put("metric", "rowCount");
    if (v.minRows() != null && v.maxRows() != null) {
      rule.putArray("mustBeBetween").add(v.minRows()).add(v.maxRows());
    } else if (v.minRows() != null) {
      rule.put("mustBeGreaterOrEqualTo", v.minRows());
    } else {
      rule.put("mustBeLessOrEqualTo", v.maxRows());
    }
  }

  private static ObjectNode property(Contract c, Field f, int keyPosition) {
    ObjectNode p = JSON.objectNode();
    p.put("name", f.name());
    if (f.sourceName() != null) {
      p.put("physicalName", f.sourceName());
    }
    LogicalType type = f.logicalType();
    p.put("logicalType", logical(type));
    p.put("physicalType", type.toString());
    if (type.base() == LogicalType.Base.LIST) {
      p.putObject("items").put("logicalType", logical(type.element()));
    }
    if (f.description() != null) {
      p.put("description", f.description());
    }
    if (f.required()) {
      p.put("required", true);
    }
    if (f.unique()) {
      p.put("unique", true);
    }
    if (f.primaryKey()) {
      p.put("primaryKey", true);
      p.put("primaryKeyPosition", keyPosition);
    }
    if (f.classification() != null) {
      p.put("classification", Wire.of(f.classification()));
    }
    ObjectNode options = JSON.objectNode();
    if (type.base() == LogicalType.Base.TIMESTAMPTZ) {
      options.put("timezone", true);
    }
    if (f.pattern() != null) {
      options.put("pattern", f.pattern());
    }
    if (f.length() != null && f.length().min() != null) {
      options.put("minLength", f.length().min());
    }
    if (f.length() != null && f.length().max() != null) {
      options.put("maxLength", f.length().max());
    }
    if (f.range() != null && f.range().min() != null) {
      options.set("minimum", literal(type, f.range().min()));
    }
    if (f.range() != null && f.range().max() != null) {
      options.set("maximum", literal(type, f.range().max()));
    }
    if (!options.isEmpty()) {
      p.set("logicalTypeOptions", options);
    }
    if (f.references() != null) {
      String ref = f.references();
      String target = ref.substring(ref.indexOf('.') + 1);
      ObjectNode r = p.putArray("relationships").addObject();
      r.put("type", "foreignKey");
      r.put("to", target);
      custom(r.putArray("customProperties"), OdcsExtensions.REFERENCES, JSON.textNode(ref));
    }
    if (!f.values().isEmpty()) {
      ObjectNode rule = p.putArray("quality").addObject();
      rule.put("type", "library");
      rule.put("metric", "invalidValues");
      ArrayNode valid = rule.putObject("arguments").putArray("validValues");
      f.values().forEach(v -> valid.add(literal(type, v)));
      rule.put("mustBe", 0);
    }
    ArrayNode custom = JSON.arrayNode();
    if (f.pii() != null) {
      custom(custom, OdcsExtensions.PII, JSON.textNode(Wire.of(f.pii())));
    }
    if (f.masking() != null) {
      custom(custom, OdcsExtensions.MASKING, JSON.textNode(Wire.of(f.masking())));
    }
    if (!f.transform().isEmpty()) {
      custom(custom, OdcsExtensions.TRANSFORM, names(f.transform().stream().map(Wire::of).toList()));
    }
    if (!custom.isEmpty()) {
      p.set("customProperties", custom);
    }
    return p;
  }

  /** ODCS logical types: string, integer, number, boolean, date, timestamp, array, object. */
  static String logical(LogicalType type) {
    return switch (type.base()) {
      case STRING, UUID -> "string";
      case INTEGER, LONG -> "integer";
      case DECIMAL, DOUBLE -> "number";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMP, TIMESTAMPTZ -> "timestamp";
      case LIST -> "array";
      case JSON -> "object";
    };
  }

  /** Whole numbers of integer types and booleans as such; every other value as text, exactly as written. */
  private static com.fasterxml.jackson.databind.JsonNode literal(LogicalType type, String value) {
    boolean whole = (type.base() == LogicalType.Base.INTEGER || type.base() == LogicalType.Base.LONG)
        && value.matches("-?(0|[1-9][0-9]{0,17})");
    if (whole) {
      return JSON.numberNode(Long.parseLong(value));
    }
    if (type.base() == LogicalType.Base.BOOLEAN && (value.equals("true") || value.equals("false"))) {
      return JSON.booleanNode(Boolean.parseBoolean(value));
    }
    return JSON.textNode(value);
  }

  private static ObjectNode role(String name, RoleAccess access) {
    ObjectNode r = JSON.objectNode();
    r.put("role", name);
    r.put("access", access.write() ? "write" : "read");
    ArrayNode custom = JSON.arrayNode();
    if (!access.masked()) {
      custom(custom, OdcsExtensions.MASKED, JSON.booleanNode(false));
    }
    if (access.rowFilter() != null) {
      custom(custom, OdcsExtensions.ROW_FILTER, JSON.textNode(access.rowFilter()));
    }
    if (!custom.isEmpty()) {
      r.set("customProperties", custom);
    }
    return r;
  }

  private static ArrayNode sla(Contract c) {
    ArrayNode out = JSON.arrayNode();
    Sla sla = c.sla();
    if (sla == null) {
      return out;
    }
    if (sla.latency() != null) {
      duration(out.addObject().put("property", "latency"), sla.latency());
    }
    if (sla.freshness() != null) {
      ObjectNode f = out.addObject().put("property", OdcsExtensions.FRESHNESS);
      duration(f, sla.freshness().errorAfter());
      if (sla.freshness().column() != null) {
        f.put("element", c.name() + "." + sla.freshness().column());
      }
    }
    if (sla.availability() != null) {
      out.addObject().put("property", OdcsExtensions.AVAILABILITY).put("value", sla.availability());
    }
    return out;
  }

  /** {@code 24h -> value: 24, unit: h}. */
  private static void duration(ObjectNode node, String duration) {
    node.put("value", Long.parseLong(duration.substring(0, duration.length() - 1)));
    node.put("unit", duration.substring(duration.length() - 1));
  }

  private static void custom(ArrayNode list, String property, com.fasterxml.jackson.databind.JsonNode value) {
    list.addObject().put("property", property).set("value", value);
  }

  private static ArrayNode names(List<String> names) {
    ArrayNode a = JSON.arrayNode();
    new ArrayList<>(names).forEach(a::add);
    return a;
  }

  private static void putText(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }
}
