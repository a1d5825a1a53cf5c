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
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private static final String PII = "\"dp_audit_pii\"";

  private final Dialect d;
  private final PipelineCatalog catalog;
  private long cells;
  private int views;
  /** Per role, the table of values it must not see (the PII table itself when it reads nothing unmasked). */
  private final Map<String, String> forbidden = new HashMap<>();

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
    List<String> problems = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      // Every PII value loaded, raw and cleaned, with its contract and field: compared in the
      // engine, so no value leaves it.
      s.execute("CREATE OR REPLACE TEMP TABLE " + PII + " (\"contract\" VARCHAR, \"value\" VARCHAR, \"field\" VARCHAR)");
      for (Contract c : catalog.contracts()) {
        storeValues(s, c);
      }
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
        problems.addAll(check(s, view, forbidden(s, role)));
      }
      for (String table : forbidden.values()) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
      forbidden.clear();
      s.execute("DROP TABLE IF EXISTS " + PII);
    }
    return problems;
  }

  /** How many views and cells were compared. */
  String summary() {
    return views + " masked views, " + cells + " cells";
  }

  /**
   * The PII values the role must not see, with their fields: those of contracts it does not read
   * unmasked, less the values it may read unmasked in another contract. Made once per role.
   */
  private String forbidden(Statement s, String role) throws SQLException {
    String known = forbidden.get(role);
    if (known != null) {
      return known;
    }
    List<String> open = new ArrayList<>();
    for (Contract c : catalog.contracts()) {
      RoleAccess a = c.access().get(role);
      if (a != null && !a.write() && !a.masked()) {
        open.add(d.literal(label(c)));
      }
    }
    String table = PII;
    if (!open.isEmpty()) {
      table = d.quote("dp_audit_forbidden_" + forbidden.size());
      String allowed = "p.\"contract\" IN (" + String.join(", ", open) + ")";
      s.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT p.\"value\", p.\"field\" FROM " + PII
          + " AS p WHERE NOT " + allowed + " AND p.\"value\" NOT IN (SELECT p.\"value\" FROM " + PII + " AS p WHERE "
          + allowed + ")");
    }
    forbidden.put(role, table);
    return table;
  }

  /** The view's text and date cells that equal a forbidden value: one problem per column and field. */
  private List<String> check(Statement s, Relation view, String forbidden) throws SQLException {
    String table = d.qualified(view.schema(), view.name());
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        if (!numeric(meta.getColumnType(i))) {
          columns.add(meta.getColumnName(i));
        }
      }
    }
    if (columns.isEmpty()) {
      return List.of();
    }
    StringBuilder cellsQuery = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      cellsQuery.append(i == 0 ? "" : "\n  UNION ALL\n  ").append("SELECT ").append(i).append(" AS \"column\", CAST(v.")
          .append(d.quote(columns.get(i))).append(" AS VARCHAR) AS \"value\" FROM \"dp_view\" AS v");
    }
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      cells += rs.getLong(1) * columns.size();
    }
    List<String> problems = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("WITH \"dp_view\" AS MATERIALIZED (SELECT * FROM " + table + ")\n"
        + "SELECT DISTINCT c.\"column\", f.\"field\" FROM (\n  " + cellsQuery + "\n) AS c JOIN " + forbidden
        + " AS f ON f.\"value\" = c.\"value\" ORDER BY 1, 2")) {
      while (rs.next()) {
        problems.add("masked view " + view + " shows raw PII in column " + columns.get(rs.getInt(1)) + ": a value of "
            + rs.getString(2));
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

  /** Stores every PII value of a contract as text, raw and cleaned, with {@code id.field}. */
  private void storeValues(Statement s, Contract c) throws SQLException {
    ObjectNames names = catalog.names(c);
    for (Field f : c.fields()) {
      if (f.pii() == null) {
        continue;
      }
      String head = "INSERT INTO " + PII + " SELECT DISTINCT " + d.literal(label(c)) + ", CAST(";
      String label = ", " + d.literal(c.id() + "." + f.name()) + " FROM ";
      s.execute(head + d.quote(f.rawName()) + " AS VARCHAR)" + label + d.qualified(names.raw().schema(), names.raw().name())
          + " WHERE " + d.quote(f.rawName()) + " IS NOT NULL");
      s.execute(head + d.quote(f.name()) + " AS VARCHAR)" + label
          + d.qualified(names.published().schema(), names.published().name()) + " WHERE " + d.quote(f.name()) + " IS NOT NULL");
    }
  }

  private static String label(Contract c) {
    return c.id() + " " + c.version();
  }
}
