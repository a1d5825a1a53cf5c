package io.datapact.generator.java;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.ScriptRunner;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The example contracts' generated Java, compiled once, driven by reflection: records from row
 * values, loaders per engine, counts from {@code LoadResult}.
 */
final class Harness implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:30:00Z"), ZoneOffset.UTC);

  final List<Contract> contracts;
  final PipelineCatalog catalog;
  private final Compiled compiled;

  /** The example contract with this id. */
  Contract contract(String id) {
    return contracts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  Harness(List<Contract> contracts, Path dir) throws Exception {
    this.contracts = contracts;
    this.catalog = new PipelineCatalog(contracts);
    this.compiled = Compiled.of(JavaGeneratorCompileTest.generate(contracts), dir);
  }

  /** The counts of a load. */
  record Counts(long read, long loaded, long rejected) {}

  /** The record class of a contract. */
  Class<?> recordType(Contract c) throws ClassNotFoundException {
    return compiled.type(JavaNames.packageOf(JavaGeneratorCompileTest.PKG, c) + "."
        + JavaNames.recordName(catalog.names(c), c));
  }

  /** A record from field values in field order; enum fields take their text. */
  Object record(Contract c, Object... values) throws Exception {
    Class<?> type = recordType(c);
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      Object v = values[i];
      if (v != null && types[i].isEnum()) {
        v = types[i].getMethod("of", String.class).invoke(null, v);
      } else if (v instanceof Collection<?> list && !(v instanceof List<?>)) {
        v = new ArrayList<>(list);
      }
      args[i] = v;
    }
    Constructor<?> ctor = type.getDeclaredConstructor(types);
    return ctor.newInstance(args);
  }

  /** Records from rows of values. */
  List<Object> records(Contract c, Iterable<Object[]> rows) throws Exception {
    List<Object> out = new ArrayList<>();
    for (Object[] row : rows) {
      out.add(record(c, row));
    }
    return out;
  }

  /** A loader of the contract: {@code DuckDb}, {@code Postgres} or {@code Jdbc}. */
  Object loader(Contract c, String kind, Connection connection) throws Exception {
    Class<?> type = compiled.type(recordType(c).getName() + kind + "Loader");
    return type.getConstructor(Connection.class, Clock.class).newInstance(connection, CLOCK);
  }

  /** Calls a loader method; unwraps what it throws. */
  Counts call(Object loader, String method, Object... args) throws Exception {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i] instanceof String ? String.class : args[i] instanceof Path ? Path.class : Iterable.class;
    }
    Method m = loader.getClass().getMethod(method, types);
    Object result;
    try {
      result = m.invoke(loader, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    Class<?> r = result.getClass();
    return new Counts((long) r.getMethod("read").invoke(result), (long) r.getMethod("loaded").invoke(result),
        (long) r.getMethod("rejected").invoke(result));
  }

  /** Loads records. */
  Counts load(Object loader, String batch, List<?> records) throws Exception {
    return call(loader, "load", batch, records);
  }

  /** Creates the schemas and raw tables of every contract. */
  void createRawTables(Connection connection, String dialect) throws SQLException {
    Dialect d = Dialects.byName(dialect);
    GeneratedFiles files = new Generator(List.of(d), null).generate(contracts);
    ScriptRunner runner = new ScriptRunner(connection);
    for (PipelineNode node : files.pipeline().nodes()) {
      if (node.kind().equals("setup") || node.kind().equals("raw")) {
        String file = node.files().get(dialect);
        runner.run(file, files.files().get(file));
      }
    }
  }

  /** A new database {@code name} on the embedded server, in UTC, with the raw tables of every contract. */
  Connection postgres(EmbeddedPostgres server, String name) throws SQLException {
    try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    Connection c = server.getDatabase("postgres", name).getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("SET TIME ZONE 'UTC'");
    }
    createRawTables(c, "postgres");
    return c;
  }

  ObjectNames names(Contract c) {
    return catalog.names(c);
  }

  /** Rows of a query as tab-separated text, one string per row. */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "\t" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  static long count(Connection connection, String sql) throws SQLException {
    return Long.parseLong(rows(connection, sql).get(0));
  }

  @Override
  public void close() throws java.io.IOException {
    compiled.close();
  }
}
