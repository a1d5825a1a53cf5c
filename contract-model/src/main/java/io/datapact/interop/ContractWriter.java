package io.datapact.interop;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.HardDeletes;
import io.datapact.model.LogicalType;
import io.datapact.model.RoleAccess;
import io.datapact.model.Scd;
import io.datapact.model.Severity;
import io.datapact.model.Sla;
import io.datapact.model.Source;
import io.datapact.model.SourceFormat;
import io.datapact.model.Status;
import io.datapact.model.Wire;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Contract} as a native contract file ({@code apiVersion: datapact/v1}).
 *
 * <p>Keys come in the order of the format reference, defaults are left out, and every string is
 * written plain only when YAML 1.2 reads it back as the same text; otherwise it is quoted. The
 * same contract always gives the same bytes, and reading the text back gives an equal contract.
 */
public final class ContractWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./@()<>, +-]*");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  /** Text starting with a digit that YAML 1.2 still reads as text: versions, durations, dates, percentages. */
  private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9][0-9A-Za-z_.%-]*");
  /** Numbers of the YAML 1.2 core schema, which must be quoted to stay text. */
  private static final Pattern YAML_NUMBER = Pattern.compile(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Set<String> YAML_WORDS = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

  private final StringBuilder out = new StringBuilder();

  private ContractWriter() {}

  /** The contract as YAML text, ending with a newline. */
  public static String write(Contract contract) {
    ContractWriter w = new ContractWriter();
    w.contract(contract);
    return w.out.toString();
  }

  private void contract(Contract c) {
    scalar(0, "apiVersion", c.apiVersion());
    scalar(0, "id", c.id());
    scalar(0, "version", c.version());
    if (c.status() != Status.ACTIVE) {
      scalar(0, "status", Wire.of(c.status()));
    }
    if (c.deprecation() != null) {
      key(0, "deprecation");
      scalar(2, "removalDate", c.deprecation().removalDate());
      scalar(2, "replacement", c.deprecation().replacement());
      scalar(2, "reason", c.deprecation().reason());
    }
    key(0, "owner");
    scalar(2, "team", c.owner().team());
    scalar(2, "email", c.owner().email());
    scalar(0, "description", c.description());
    scalar(0, "kind", Wire.of(c.kind()));
    names(0, "grain", c.grain());
    source(c.source());
    scd(c.scd());
    if (c.incremental() != null) {
      key(0, "incremental");
      scalar(2, "strategy", Wire.of(c.incremental().strategy()));
      scalar(2, "timeColumn", c.incremental().timeColumn());
      scalar(2, "lookback", c.incremental().lookback());
    }
    sla(c.sla());
    key(0, "fields");
    for (Field f : c.fields()) {
      field(f);
    }
    if (!c.access().isEmpty()) {
      key(0, "access");
      for (Map.Entry<String, RoleAccess> role : c.access().entrySet()) {
        RoleAccess a = role.getValue();
        if (a.masked() && a.rowFilter() == null && !a.write()) {
          indent(2).append(text(role.getKey())).append(": {}\n");
          continue;
        }
        key(2, role.getKey());
        if (!a.masked()) {
          raw(4, "masked", "false");
        }
        scalar(4, "rowFilter", a.rowFilter());
        if (a.write()) {
          raw(4, "write", "true");
        }
      }
    }
    if (!c.checks().isEmpty()) {
      key(0, "checks");
      for (Check check : c.checks()) {
        indent(2).append("- ");
        out.append("name: ").append(text(check.name())).append('\n');
        scalar(4, "expression", check.expression());
        if (check.severity() != Severity.ERROR) {
          scalar(4, "severity", Wire.of(check.severity()));
        }
        scalar(4, "description", check.description());
      }
    }
  }

  private void source(Source s) {
    boolean format = s.format() != SourceFormat.CSV;
    boolean loadedAt = !Source.DEFAULT_LOADED_AT.equals(s.loadedAt());
    if (s.table() == null && !format && !loadedAt && s.deletedFlag() == null) {
      return;
    }
    key(0, "source");
    scalar(2, "table", s.table());
    if (format) {
      scalar(2, "format", Wire.of(s.format()));
    }
    if (loadedAt) {
      scalar(2, "loadedAt", s.loadedAt());
    }
    scalar(2, "deletedFlag", s.deletedFlag());
  }

  private void scd(Scd scd) {
    if (scd == null) {
      return;
    }
    key(0, "scd");
    raw(2, "type", Integer.toString(scd.type()));
    names(2, "key", scd.key());
    scalar(2, "updatedAt", scd.updatedAt());
    names(2, "tracked", scd.tracked());
    names(2, "previous", scd.previous());
    if (scd.deletes() != HardDeletes.IGNORE) {
      scalar(2, "deletes", Wire.of(scd.deletes()));
    }
  }

  private void sla(Sla sla) {
    if (sla == null) {
      return;
    }
    key(0, "sla");
    if (sla.freshness() != null) {
      key(2, "freshness");
      scalar(4, "column", sla.freshness().column());
      scalar(4, "warnAfter", sla.freshness().warnAfter());
      scalar(4, "errorAfter", sla.freshness().errorAfter());
    }
    if (sla.volume() != null) {
      key(2, "volume");
      if (sla.volume().minRows() != null) {
        raw(4, "minRows", sla.volume().minRows().toString());
      }
      if (sla.volume().maxRows() != null) {
        raw(4, "maxRows", sla.volume().maxRows().toString());
      }
      if (sla.volume().maxDailyChangePct() != null) {
        raw(4, "maxDailyChangePct", number(sla.volume().maxDailyChangePct()));
      }
    }
    scalar(2, "latency", sla.latency());
    scalar(2, "availability", sla.availability());
  }

  private void field(Field f) {
    indent(2).append("- name: ").append(text(f.name())).append('\n');
    scalar(4, "sourceName", f.sourceName());
    scalar(4, "type", f.type());
    scalar(4, "description", f.description());
    flag(4, "required", f.required());
    flag(4, "unique", f.unique());
    flag(4, "primaryKey", f.primaryKey());
    scalar(4, "pattern", f.pattern());
    if (f.range() != null) {
      key(4, "range");
      bound(6, "min", f.range().min(), f);
      bound(6, "max", f.range().max(), f);
    }
    if (f.length() != null) {
      key(4, "length");
      if (f.length().min() != null) {
        raw(6, "min", f.length().min().toString());
      }
      if (f.length().max() != null) {
        raw(6, "max", f.length().max().toString());
      }
    }
    if (!f.values().isEmpty()) {
      key(4, "enum");
      for (String value : f.values()) {
        indent(6).append("- ").append(literal(value, f)).append('\n');
      }
    }
    scalar(4, "references", f.references());
    if (f.pii() != null) {
      scalar(4, "pii", Wire.of(f.pii()));
    }
    if (f.classification() != null) {
      scalar(4, "classification", Wire.of(f.classification()));
    }
    if (f.masking() != null) {
      scalar(4, "masking", Wire.of(f.masking()));
    }
    if (!f.transform().isEmpty()) {
      names(4, "transform", f.transform().stream().map(Wire::of).toList());
    }
  }

  private void bound(int indent, String key, String value, Field f) {
    if (value != null) {
      raw(indent, key, literal(value, f));
    }
  }

  /** Whole numbers of integer fields and booleans of boolean fields unquoted, everything else as text. */
  private static String literal(String value, Field f) {
    LogicalType.Base base;
    try {
      base = f.logicalType().base();
    } catch (IllegalArgumentException e) {
      return text(value);
    }
    boolean whole = (base == LogicalType.Base.INTEGER || base == LogicalType.Base.LONG) && INTEGER.matcher(value).matches();
    boolean bool = base == LogicalType.Base.BOOLEAN && (value.equals("true") || value.equals("false"));
    return whole || bool ? value : text(value);
  }

  private void names(int indent, String key, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    indent(indent).append(key).append(": [");
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(flowText(names.get(i)));
    }
    out.append("]\n");
  }

  private void flag(int indent, String key, boolean value) {
    if (value) {
      raw(indent, key, "true");
    }
  }

  private void key(int indent, String key) {
    indent(indent).append(key).append(":\n");
  }

  private void scalar(int indent, String key, String value) {
    if (value != null) {
      raw(indent, key, text(value));
    }
  }

  private void raw(int indent, String key, String value) {
    indent(indent).append(key).append(": ").append(value).append('\n');
  }

  private StringBuilder indent(int n) {
    return out.append(" ".repeat(n));
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Inside {@code [...]} a comma or bracket ends the item, so such items are quoted. */
  private static String flowText(String value) {
    String plain = text(value);
    return plain.indexOf(',') >= 0 || plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0 ? quoted(value) : plain;
  }

  /** A string as YAML 1.2 reads it back unchanged: plain when safe, else single or double quoted. */
  static String text(String value) {
    if (PLAIN.matcher(value).matches() && !value.endsWith(" ")
        && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
      return value;
    }
    if (PLAIN_DIGITS.matcher(value).matches() && !YAML_NUMBER.matcher(value).matches()) {
      return value;
    }
    return quoted(value);
  }

  private static String quoted(String value) {
    boolean printable = value.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7F && ch != 0x85
        && ch != 0x2028 && ch != 0x2029 && ch != 0xFEFF);
    if (printable && !value.startsWith(" ") && !value.endsWith(" ")) {
      return "'" + value.replace("'", "''") + "'";
    }
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        case '\r' -> q.append("\\r");
        default -> {
          if (ch < 0x20 || ch == 0x7F || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF) {
            q.append(String.format("\\u%04X", (int) ch));
          } else {
            q.append(ch);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
