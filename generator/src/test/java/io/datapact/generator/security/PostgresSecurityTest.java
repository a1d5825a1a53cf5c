package io.datapact.generator.security;

import static io.datapact.generator.security.SecuredPostgres.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.checks.ExpressionSql;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Expression;
import io.datapact.model.Field;
import io.datapact.model.RoleAccess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security files of the example contracts, proven on a real PostgreSQL by connecting as a
 * member of each role: permission denied on everything not granted; no raw PII value in any column
 * of any object the role can select (catalogs included); row filters return exactly the entitled
 * rows; no SET of any setting and no SET ROLE reveals more; loaders load and read nothing.
 * Every attempt is counted and printed.
 */
class PostgresSecurityTest {
  private static EmbeddedPostgres server;
  private static SecuredPostgres db;
  private static final Map<String, Long> TRIED = new TreeMap<>();
  private static final Set<String> NUMBERS = Set.of("oid", "int2", "int4", "int8", "float4", "float8", "numeric",
      "xid", "xid8", "cid", "regproc", "regclass", "regtype", "regprocedure", "oidvector", "int2vector", "_oid", "_int2");

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.start();
    db = new SecuredPostgres(server, "secured", TestContracts.examples(), false);
  }

  @AfterAll
  static void stop() throws Exception {
    System.out.println("PostgresSecurityTest tried: " + TRIED);
    server.close();
  }

  private static void tried(String what, long n) {
    TRIED.merge(what, n, Long::sum);
  }

  /** What a role may read unmasked: the contracts it reads with masked: false. */
  private static boolean readsRaw(Contract c, String role) {
    RoleAccess a = c.access().get(role);
    return a != null && !a.write() && !a.masked();
  }

  /** The PII values a role must never see: of contracts it does not read unmasked, less those it does. */
  private static Set<String> forbidden(String role, boolean maskEverything, SecuredPostgres on) throws SQLException {
    Set<String> out = new HashSet<>();
    Set<String> allowed = new HashSet<>();
    for (Contract c : on.contracts) {
      (readsRaw(c, role) && !maskEverything ? allowed : out).addAll(on.piiValues(c));
    }
    out.removeAll(allowed);
    return out;
  }

  @Test
  void noRoleSeesMoreThanItsContractsGrant() throws Exception {
    assertThat(db.roles()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(db.contracts.stream().flatMap(c -> c.fields().stream()).filter(f -> f.pii() != null)
        .map(f -> f.logicalType().base().name()).distinct()).as("PII field types").containsOnly("STRING", "DATE");
    Map<String, String> entitled = entitleEveryFilteredRole();
    List<String> leaks = new ArrayList<>();
    for (String role : db.roles()) {
      Set<String> forbidden = forbidden(role, false, db);
      try (Connection c = db.connect("u_" + role)) {
        Map<String, Snapshot> baseline = snapshotAll(c, forbidden, leaks, role, true);
        assertDenied(c, role);
        assertRowFilters(c, role, entitled);
        trySetRole(c, role, forbidden, baseline, leaks);
      }
      trySettings(role, forbidden, baseline(role, forbidden), leaks);
    }
    assertThat(leaks).as("leaks").isEmpty();
    assertThat(TRIED.get("cells checked")).isPositive();
    assertThat(TRIED.get("settings tried")).isGreaterThan(100);
  }

  @Test
  void loadersInsertIntoRawAndReadNothing() throws Exception {
    int loaders = 0;
    for (Contract contract : db.contracts) {
      for (Map.Entry<String, RoleAccess> e : contract.access().entrySet()) {
        if (!e.getValue().write()) {
          continue;
        }
        loaders++;
        ObjectNames names = db.catalog.names(contract);
        try (Connection c = db.connect("u_" + e.getKey()); Statement s = c.createStatement()) {
          c.setAutoCommit(false);
          String raw = table(names.raw());
          assertThat(s.executeUpdate("INSERT INTO " + raw + " (\"_loaded_at\", \"_batch_id\") VALUES (now(), 'probe')"))
              .as(e.getKey() + " loads " + raw).isEqualTo(1);
          c.rollback();
          c.setAutoCommit(true);
          tried("loads", 1);
          for (Relation r : List.of(names.raw(), names.staging(), names.published())) {
            assertThat(deniedSelect(s, table(r))).as(e.getKey() + " reads " + r).isTrue();
          }
        }
      }
    }
    assertThat(loaders).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theDevEnvironmentMasksEveryPiiFieldForEveryRole() throws Exception {
    SecuredPostgres dev = new SecuredPostgres(server, "dev", TestContracts.examples(), true);
    List<String> leaks = new ArrayList<>();
    for (String role : dev.roles()) {
      Set<String> forbidden = forbidden(role, true, dev);
      try (Connection c = dev.connect("u_" + role)) {
        snapshotAll(c, forbidden, leaks, role, false, false);
      }
    }
    assertThat(leaks).as("leaks in the dev environment").isEmpty();
  }

  /** The probe can fail: once a masked role is granted a base table, it finds the raw values there. */
  @Test
  void theProbeFindsRawValuesWhenAMaskedRoleIsGrantedTheBaseTable() throws Exception {
    Contract employees = db.contracts.stream().filter(c -> c.id().equals("benefits.employees")).findFirst().orElseThrow();
    String mart = table(db.catalog.names(employees).published());
    try (Connection owner = db.connect(SecuredPostgres.OWNER); Statement s = owner.createStatement()) {
      s.execute("GRANT USAGE ON SCHEMA \"marts\" TO \"analyst\"");
      s.execute("GRANT SELECT ON " + mart + " TO \"analyst\"");
      s.execute("ALTER POLICY \"analyst\" ON " + mart + " USING (TRUE)");
    }
    List<String> leaks = new ArrayList<>();
    try (Connection c = db.connect("u_analyst")) {
      snapshotAll(c, forbidden("analyst", false, db), leaks, "analyst", false, false);
    } finally {
      try (Connection owner = db.connect(SecuredPostgres.OWNER); Statement s = owner.createStatement()) {
        s.execute("ALTER POLICY \"analyst\" ON " + mart + " USING (FALSE)");
        s.execute("REVOKE SELECT ON " + mart + " FROM \"analyst\"");
        s.execute("REVOKE USAGE ON SCHEMA \"marts\" FROM \"analyst\"");
      }
    }
    assertThat(leaks).isNotEmpty().allMatch(l -> l.contains(" in marts.dim_benefits__employees."));
  }

  /** For every placeholder of every filtered role, a value from the data (its most common one). */
  private static Map<String, String> entitleEveryFilteredRole() throws SQLException {
    Map<String, String> entitled = new TreeMap<>();
    for (Contract contract : db.contracts) {
      for (Map.Entry<String, RoleAccess> e : contract.access().entrySet()) {
        if (e.getValue().rowFilter() == null) {
          continue;
        }
        Expression filter = Expression.parse(e.getValue().rowFilter());
        List<String> fields = contract.fields().stream().map(Field::name).toList();
        String column = ExpressionSql.columns(filter, fields).get(0);
        for (String param : filter.parameters()) {
          String key = e.getKey() + "/" + param;
          if (!entitled.containsKey(key)) {
            String value = mostCommon(contract, column);
            entitled.put(key, value);
            db.entitle("u_" + e.getKey(), param, value);
            // A decoy: another user's entitlement must not widen this one's rows.
            db.entitle("someone_else", param, "decoy-" + value);
          }
        }
      }
    }
    return entitled;
  }

  private static String mostCommon(Contract contract, String column) throws SQLException {
    try (Connection owner = db.connect(SecuredPostgres.OWNER); Statement s = owner.createStatement()) {
      return SecuredPostgres.strings(s, "SELECT CAST(" + POSTGRES.quote(column) + " AS TEXT) FROM "
          + table(db.catalog.names(contract).published()) + " WHERE " + POSTGRES.quote(column)
          + " IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").get(0);
    }
  }

  /** Rows of one visible object, as text, and how many. */
  private record Snapshot(long rows, String fingerprint) {}

  /**
   * Every relation the session can select from (with schema usage), in every schema, read
   * completely; each cell compared with the forbidden values.
   */
  private static Map<String, Snapshot> snapshotAll(Connection c, Set<String> forbidden, List<String> leaks, String role,
      boolean count) throws SQLException {
    return snapshotAll(c, forbidden, leaks, role, count, true);
  }

  private static Map<String, Snapshot> snapshotAll(Connection c, Set<String> forbidden, List<String> leaks, String role,
      boolean count, boolean catalogs) throws SQLException {
    Map<String, Snapshot> out = new LinkedHashMap<>();
    List<String> objects = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      objects.addAll(SecuredPostgres.strings(s, "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) "
          + "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
          + "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND has_schema_privilege(n.oid, 'USAGE') "
          + "AND has_any_column_privilege(c.oid, 'SELECT')"
          + (catalogs ? "" : " AND n.nspname NOT IN ('pg_catalog', 'information_schema')") + " ORDER BY 1"));
    }
    for (String object : objects) {
      out.put(object, read(c, object, forbidden, leaks, role, count));
    }
    if (count) {
      tried("objects read", objects.size());
    }
    return out;
  }

  private static Snapshot read(Connection c, String object, Set<String> forbidden, List<String> leaks, String role,
      boolean count) throws SQLException {
    long rows = 0;
    long checked = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + object)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        rows++;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (NUMBERS.contains(meta.getColumnTypeName(i))) {
            // Numbers (ids, counters, object ids) match five-digit postal codes by chance; every PII
            // field of the examples is text or a date (asserted), and no masking yields a number but a year.
            continue;
          }
          String v = rs.getString(i);
          checked++;
          if (v != null && forbidden.contains(v)) {
            leaks.add(role + " sees raw PII '" + v + "' in " + object + "." + meta.getColumnName(i));
          }
        }
      }
    } catch (SQLException e) {
      if (!"42501".equals(e.getSQLState())) {
        throw e;
      }
    }
    if (count) {
      tried("cells checked", checked);
    }
    boolean catalog = object.startsWith("pg_catalog.") || object.startsWith("information_schema.");
    return new Snapshot(rows, catalog ? null : fingerprint(c, object));
  }

  /** Raw tables, staging views, datapact's state and every published object the role reads through a view. */
  private static void assertDenied(Connection c, String role) throws SQLException {
    List<String> denied = new ArrayList<>(List.of(POSTGRES.qualified(ObjectNames.STATE, SecuritySql.SALT),
        POSTGRES.qualified(ObjectNames.STATE, "processed_batches")));
    for (Contract contract : db.contracts) {
      ObjectNames names = db.catalog.names(contract);
      denied.add(table(names.raw()));
      Reader reader = new SecuritySql(POSTGRES, contract, db.catalog, false).readers().stream()
          .filter(r -> r.role().equals(role)).findFirst().orElse(null);
      if (reader == null || reader.viaView()) {
        denied.add(table(names.published()));
        names.mart().ifPresent(m -> denied.add(table(names.staging())));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String object : denied) {
        assertThat(deniedSelect(s, object)).as(role + " reads " + object).isTrue();
      }
      for (String write : List.of("INSERT INTO \"datapact\".\"entitlements\" VALUES ('u_" + role + "', 'region', 'x')",
          "UPDATE \"datapact\".\"masking_salt\" SET \"salt\" = 'known'", "CREATE TABLE public.planted (x INT)",
          "CREATE FUNCTION public.leak(TEXT) RETURNS BOOLEAN AS 'SELECT TRUE' LANGUAGE SQL")) {
        assertThat(denied(s, write)).as(role + ": " + write).isTrue();
      }
    }
    tried("denied", denied.size() + 4L);
  }

  private static boolean deniedSelect(Statement s, String object) {
    return denied(s, "SELECT * FROM " + object + " LIMIT 1");
  }

  private static boolean denied(Statement s, String sql) {
    try {
      s.execute(sql);
      return false;
    } catch (SQLException e) {
      return "42501".equals(e.getSQLState());
    }
  }

  /** Each filtered object the role reads holds exactly the rows whose column equals the entitled value. */
  private static void assertRowFilters(Connection c, String role, Map<String, String> entitled) throws SQLException {
    for (Contract contract : db.contracts) {
      RoleAccess access = contract.access().get(role);
      if (access == null || access.write() || access.rowFilter() == null) {
        continue;
      }
      Expression filter = Expression.parse(access.rowFilter());
      List<String> fields = contract.fields().stream().map(Field::name).toList();
      String expected = ExpressionSql.render(filter, fields, POSTGRES, POSTGRES::quote,
          (name, eq) -> POSTGRES.literal(entitled.get(role + "/" + name)));
      SecuritySql sql = new SecuritySql(POSTGRES, contract, db.catalog, false);
      Reader reader = sql.readers().stream().filter(r -> r.role().equals(role)).findFirst().orElseThrow();
      String object = reader.viaView() ? POSTGRES.qualified(SecuritySql.viewSchema(role), db.catalog.names(contract).base())
          : table(db.catalog.names(contract).published());
      String keys = sql.publishedColumns().stream().filter(p -> !p.pii()).map(p -> POSTGRES.quote(p.name()))
          .reduce((a, b) -> a + ", " + b).orElseThrow();
      List<String> want;
      try (Connection owner = db.connect(SecuredPostgres.OWNER); Statement s = owner.createStatement()) {
        want = rows(s, "SELECT " + keys + " FROM " + table(db.catalog.names(contract).published()) + " WHERE " + expected);
      }
      try (Statement s = c.createStatement()) {
        List<String> got = rows(s, "SELECT " + keys + " FROM " + object);
        assertThat(got).as(role + " reads " + object).isNotEmpty().isEqualTo(want);
        tried("row filters", 1);
      }
    }
  }

  private static List<String> rows(Statement s, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(rs.getString(i)).append('|');
        }
        out.add(row.toString());
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Every setting the session may change (and some it may not), each to other values, plus custom
   * settings a filter or the salt could have been bound to; after each, the role must see no more
   * objects, no more rows and no forbidden value.
   */
  private static Map<String, Snapshot> baseline(String role, Set<String> forbidden) throws SQLException {
    try (Connection c = db.connect("u_" + role)) {
      return snapshotAll(c, forbidden, new ArrayList<>(), role, false, false);
    }
  }

  private static void trySettings(String role, Set<String> forbidden, Map<String, Snapshot> baseline,
      List<String> leaks) throws SQLException {
    List<String> attempts = new ArrayList<>();
    Connection c = db.connect("u_" + role);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT name, vartype, setting, enumvals, min_val, max_val FROM pg_catalog.pg_settings ORDER BY name")) {
      while (rs.next()) {
        String name = rs.getString(1);
        List<String> values = switch (rs.getString(2)) {
          case "bool" -> List.of("on".equals(rs.getString(3)) ? "off" : "on");
          case "enum" -> List.of(rs.getString(4).replaceAll("[{}\"]", "").split(","));
          case "integer", "real" -> List.of(rs.getString(5), rs.getString(6));
          default -> List.of("''");
        };
        for (String v : values) {
          attempts.add("SET " + quoteIdent(name) + " = " + (v.startsWith("'") ? v : "'" + v.replace("'", "''") + "'"));
        }
      }
    }
    for (String custom : List.of("datapact.salt", "datapact.region", "datapact.role", "app.region", "app.user",
        "datapact.country", "datapact.clinic_id", "datapact.platform")) {
      attempts.add("SET " + custom + " = 'emea'");
    }
    attempts.add("SET search_path = marts, staging, raw_benefits, raw_petcare, datapact, public");
    attempts.add("SET row_security = off");
    long accepted = 0;
    long reconnects = 0;
    for (String attempt : attempts) {
      if (execute(c, attempt)) {
        accepted++;
        try {
          compare(c, role, attempt, forbidden, baseline, leaks);
        } catch (SQLException e) {
          if (c.isValid(5)) {
            throw e;
          }
          // e.g. idle_session_timeout = 1 ends the session: it saw nothing
          c.close();
          c = db.connect("u_" + role);
          reconnects++;
          continue;
        }
      }
      if (!execute(c, "RESET ALL") && !c.isValid(5)) {
        c.close();
        c = db.connect("u_" + role);
        reconnects++;
      }
    }
    c.close();
    tried("sessions ended by a setting", reconnects);
    tried("settings tried", attempts.size());
    tried("settings accepted then re-read", accepted);
  }

  /** SET ROLE and SET SESSION AUTHORIZATION to every other contract role and the owner. */
  private static void trySetRole(Connection c, String role, Set<String> forbidden, Map<String, Snapshot> baseline,
      List<String> leaks) throws SQLException {
    List<String> targets = new ArrayList<>(db.roles());
    targets.remove(role);
    targets.addAll(List.of(SecuredPostgres.OWNER, "postgres"));
    for (String target : targets) {
      for (String attempt : List.of("SET ROLE " + quoteIdent(target), "SET SESSION AUTHORIZATION " + quoteIdent(target))) {
        if (execute(c, attempt)) {
          compare(c, role, attempt, forbidden, baseline, leaks);
          leaks.add(role + " could " + attempt);
        }
        execute(c, "RESET ROLE");
        tried("role switches", 1);
      }
    }
  }

  /** Row count and a hash of all rows as text; null when the query fails (nothing seen). */
  private static String fingerprint(Connection c, String object) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) || ':' || "
        + "coalesce(md5(string_agg(CAST(t AS TEXT), '|' ORDER BY CAST(t AS TEXT))), '') FROM " + object + " AS t")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      if (!c.isValid(5)) {
        throw e;
      }
      return null;
    }
  }

  /**
   * After an accepted SET: every object the role saw must hash to the same rows; only if it does
   * not (settings that change how values print, such as TimeZone or DateStyle) are its rows read
   * again, counted and checked cell by cell.
   */
  private static void compare(Connection c, String role, String attempt, Set<String> forbidden,
      Map<String, Snapshot> baseline, List<String> leaks) throws SQLException {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Snapshot> e : baseline.entrySet()) {
      if (e.getKey().startsWith("pg_catalog.") || e.getKey().startsWith("information_schema.")) {
        continue;
      }
      String fingerprint = fingerprint(c, e.getKey());
      tried("objects re-read after a SET", 1);
      if (fingerprint == null || fingerprint.equals(e.getValue().fingerprint())) {
        continue;
      }
      tried("objects read again cell by cell", 1);
      Snapshot now = read(c, e.getKey(), forbidden, found, role, false);
      if (now.rows() > e.getValue().rows()) {
        found.add(role + " after " + attempt + ": " + now.rows() + " rows in " + e.getKey() + ", was " + e.getValue().rows());
      }
    }
    try (Statement s = c.createStatement()) {
      long visible = SecuredPostgres.strings(s, "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
          + "ON n.oid = c.relnamespace WHERE has_schema_privilege(n.oid, 'USAGE') "
          + "AND has_any_column_privilege(c.oid, 'SELECT') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
          + "AND n.nspname NOT LIKE 'pg_%'").size();
      long before = baseline.keySet().stream().filter(k -> !k.startsWith("pg_catalog.") && !k.startsWith("information_schema.")).count();
      if (visible > before) {
        found.add(role + " after " + attempt + ": " + visible + " objects visible, was " + before);
      }
    } catch (SQLException e) {
      // the setting made catalog queries fail: nothing seen
    }
    leaks.addAll(found);
  }

  private static boolean execute(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static String quoteIdent(String name) {
    return POSTGRES.quote(name);
  }

  private static String table(Relation r) {
    return POSTGRES.qualified(r.schema(), r.name());
  }
}
