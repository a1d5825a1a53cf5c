package io.datapact.generator.verify;

import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.security.Reader;
import io.datapact.generator.security.SecuritySql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.RoleAccess;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves that the masked views hold no raw PII: every text and date cell of every view a masked
 * role reads is compared with every PII value loaded (raw and cleaned) of the contracts the role
 * may not read unmasked. Problems name the view, the column and the field whose value appeared,
 * never the value.
 *
 * <p>Numeric columns are not compared: ids and counters equal five-digit postal codes by chance,
 * and no masking yields a number other than a year.
 */
final class MaskedViewAudit {
  private static final String MASKED_VIEW = "masked_view";

  private final Dialect d;
  private final PipelineCatalog catalog;
  private long cells;
  private int views;

  MaskedViewAudit(Dialect dialect, PipelineCatalog catalog) {
    this.d = dialect;
    this.catalog = catalog;
  }

  /** Stores the salt (random when null) in the salt table, with a bound parameter. */
  void storeSalt(Connection connection, String salt) throws SQLException {
    String value = salt != null ? salt : HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + d.qualified(ObjectNames.STATE, SecuritySql.SALT)
        + " (\"id\", \"salt\") VALUES (1, ?) ON CONFLICT (\"id\") DO UPDATE SET \"salt\" = excluded.\"salt\"")) {
      p.setString(1, value);
      p.executeUpdate();
    }
  }

  /** The problems found in the masked views among {@code nodes}. */
  List<String> audit(Connection connection, List<PipelineNode> nodes) throws SQLException {
    Map<Contract, Map<String, String>> pii = new HashMap<>();
    for (Contract c : catalog.contracts()) {
      pii.put(c, values(connection, c));
    }
    List<String> problems = new ArrayList<>();
    for (PipelineNode node : nodes) {
      if (!node.kind().equals(MASKED_VIEW)) {
        continue;
      }
      Relation view = new Relation(node.name().substring(0, node.name().indexOf('.')),
          node.name().substring(node.name().indexOf('.') + 1));
      String role = view.schema().substring(SecuritySql.VIEW_SCHEMA_PREFIX.length());
      Contract contract = catalog.contracts().stream()
          .filter(c -> c.id().equals(node.contract()) && c.version().equals(node.version())).findFirst().orElseThrow();
      boolean masked = new SecuritySql(d, contract, catalog, false).readers().stream()
          .filter(r -> r.role().equals(role)).anyMatch(Reader::masked);
      if (!masked) {
        continue;
      }
      views++;
      problems.addAll(check(connection, view, forbidden(role, pii)));
    }
    return problems;
  }

  /** How many views and cells were compared. */
  String summary() {
    return views + " masked views, " + cells + " cells";
  }

  /** PII values of contracts the role does not read unmasked, less those of contracts it does; value to field. */
  private Map<String, String> forbidden(String role, Map<Contract, Map<String, String>> pii) {
    Map<String, String> out = new HashMap<>();
    Set<String> allowed = new HashSet<>();
    for (Map.Entry<Contract, Map<String, String>> e : pii.entrySet()) {
      RoleAccess a = e.getKey().access().get(role);
      if (a != null && !a.write() && !a.masked()) {
        allowed.addAll(e.getValue().keySet());
      } else {
        out.putAll(e.getValue());
      }
    }
    out.keySet().removeAll(allowed);
    return out;
  }

  private List<String> check(Connection connection, Relation view, Map<String, String> forbidden) throws SQLException {
    List<String> problems = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + d.qualified(view.schema(), view.name()))) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (numeric(meta.getColumnType(i))) {
            continue;
          }
          cells++;
          String field = forbidden.get(rs.getString(i));
          if (field != null && reported.add(meta.getColumnName(i) + "/" + field)) {
            problems.add("masked view " + view + " shows raw PII in column " + meta.getColumnName(i)
                + ": a value of " + field);
          }
        }
      }
    }
    return problems;
  }

  private static boolean numeric(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.DOUBLE,
          Types.FLOAT, Types.REAL, Types.BOOLEAN -> true;
      default -> false;
    };
  }

  /** Every PII value of a contract as text, raw and cleaned, mapped to {@code id.field}. */
  private Map<String, String> values(Connection connection, Contract c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    ObjectNames names = catalog.names(c);
    try (Statement s = connection.createStatement()) {
      for (Field f : c.fields()) {
        if (f.pii() == null) {
          continue;
        }
        String label = c.id() + "." + f.name();
        collect(s, "SELECT DISTINCT CAST(" + d.quote(f.rawName()) + " AS VARCHAR) FROM "
            + d.qualified(names.raw().schema(), names.raw().name()), label, out);
        collect(s, "SELECT DISTINCT CAST(" + d.quote(f.name()) + " AS VARCHAR) FROM "
            + d.qualified(names.published().schema(), names.published().name()), label, out);
      }
    }
    return out;
  }

  private static void collect(Statement s, String query, String label, Map<String, String> out) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        if (rs.getString(1) != null) {
          out.putIfAbsent(rs.getString(1), label);
        }
      }
    }
  }
}
