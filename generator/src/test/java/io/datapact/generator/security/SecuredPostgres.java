package io.datapact.generator.security;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.verify.RawLoader;
import io.datapact.generator.verify.SyntheticData;
import io.datapact.generator.verify.SyntheticOptions;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database on an embedded PostgreSQL owned by a non-superuser pipeline owner (so that forced
 * row-level security applies to it too), with the example contracts' pipeline and security built
 * on two synthetic batches, a salt stored, and one login user {@code u_<role>} per contract role.
 */
final class SecuredPostgres {
  static final Dialect POSTGRES = Dialects.byName("postgres");
  static final String OWNER = "pipeline_owner";
  static final String SALT = "s3cret-salt-for-tests";

  final EmbeddedPostgres server;
  final String database;
  final List<Contract> contracts;
  final PipelineCatalog catalog;
  final GeneratedFiles files;

  SecuredPostgres(EmbeddedPostgres server, String database, List<Contract> contracts, boolean maskEverything)
      throws SQLException {
    this.server = server;
    this.database = database;
    this.contracts = contracts;
    this.catalog = new PipelineCatalog(contracts);
    this.files = new Generator(List.of(POSTGRES), null, maskEverything).generate(contracts);
    try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER + "') THEN "
          + "CREATE ROLE " + OWNER + " LOGIN CREATEROLE; END IF; END $$");
      s.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
    }
    try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
      s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
      // Compiling the probe queries would take longer than running them.
      s.execute("ALTER DATABASE " + database + " SET jit = off");
    }
    SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withSeed(11).withDefaultRows(60).withVolumeBounds(false));
    try (Connection owner = connect(OWNER)) {
      try (Statement s = owner.createStatement()) {
        s.execute("SET TIME ZONE 'UTC'");
      }
      PipelineRunner runner = new PipelineRunner(files, POSTGRES.name());
      runner.prepare(owner);
      RawLoader loader = new RawLoader(owner, POSTGRES);
      for (int batch = 1; batch <= 2; batch++) {
        for (Contract c : data.contracts()) {
          loader.load(data.batch(c, batch), catalog.names(c).raw(), Instant.parse("2026-01-0" + batch + "T08:00:00Z"));
        }
        runner.build(owner);
      }
      try (PreparedStatement p = owner.prepareStatement("INSERT INTO \"datapact\".\"masking_salt\" (\"id\", \"salt\") "
          + "VALUES (1, ?) ON CONFLICT (\"id\") DO UPDATE SET \"salt\" = excluded.\"salt\"")) {
        p.setString(1, SALT);
        p.executeUpdate();
      }
      try (Statement s = owner.createStatement()) {
        s.execute("ANALYZE");
      }
    }
    try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
      for (String role : roles()) {
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'u_" + role + "') THEN "
            + "CREATE ROLE u_" + role + " LOGIN; END IF; END $$");
        s.execute("GRANT " + role + " TO u_" + role);
      }
    }
  }

  /** Every role named by a contract, sorted. */
  Set<String> roles() {
    Set<String> roles = new TreeSet<>();
    contracts.forEach(c -> roles.addAll(c.access().keySet()));
    return roles;
  }

  Connection connect(String user) throws SQLException {
    return server.getDatabase(user, database).getConnection();
  }

  /** Grants {@code value} of {@code param} to a user (as the owner, the only writer). */
  void entitle(String user, String param, String value) throws SQLException {
    try (Connection owner = connect(OWNER); PreparedStatement p = owner.prepareStatement(
        "INSERT INTO \"datapact\".\"entitlements\" VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      p.setString(1, user);
      p.setString(2, param);
      p.setString(3, value);
      p.executeUpdate();
    }
  }

  /** The PII values of a contract, as text: raw (as loaded) and published (cleaned). */
  Set<String> piiValues(Contract c) throws SQLException {
    Set<String> out = new HashSet<>();
    ObjectNames names = catalog.names(c);
    try (Connection owner = connect(OWNER); Statement s = owner.createStatement()) {
      for (Field f : c.fields()) {
        if (f.pii() == null) {
          continue;
        }
        out.addAll(strings(s, "SELECT DISTINCT CAST(" + POSTGRES.quote(f.rawName()) + " AS TEXT) FROM "
            + POSTGRES.qualified(names.raw().schema(), names.raw().name())));
        out.addAll(strings(s, "SELECT DISTINCT CAST(" + POSTGRES.quote(f.name()) + " AS TEXT) FROM "
            + POSTGRES.qualified(names.published().schema(), names.published().name())));
      }
    }
    out.remove(null);
    return out;
  }

  static List<String> strings(Statement s, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
