package io.datapact.generator.scenario;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What consumers of a contract see, in the readable, engine-neutral form of the expected files:
 * the published object (mart, or staging view of a source) without the unknown member, with the
 * contract's fields, then SCD2 {@code valid_from, valid_to, is_current, is_deleted}, SCD3
 * {@code previous_*}, and for facts every {@code <field>_sk} rendered as the dimension key it
 * points at ({@code <key>@<valid_from>} for SCD2 dimensions, {@code unknown} for the unknown
 * member). Rows are sorted by key (and valid_from) in Java, so that collations do not matter.
 */
final class PublishedRows {
  /** The text of a fact's surrogate key column that points at the unknown member. */
  static final String UNKNOWN = "unknown";

  private final PipelineCatalog catalog;
  private final Dialect d;

  PublishedRows(PipelineCatalog catalog, Engine engine) {
    this.catalog = catalog;
    this.d = engine.dialect();
  }

  /** Header first, then the rows. */
  List<List<String>> read(Connection connection, Contract c) throws SQLException {
    List<String> columns = new ArrayList<>(c.fields().stream().map(Field::name).toList());
    boolean dimension = c.kind() == Kind.DIMENSION;
    boolean scd2 = dimension && c.scd().type() == 2;
    if (scd2) {
      columns.addAll(List.of("valid_from", "valid_to", "is_current", "is_deleted"));
    }
    if (dimension && c.scd().type() == 3) {
      c.scd().previous().forEach(p -> columns.add("previous_" + p));
    }
    Map<String, Map<String, String>> labels = new HashMap<>();
    if (c.kind() == Kind.FACT) {
      for (Field f : c.fields()) {
        Optional<Contract> dim = referencedDimension(f);
        if (dim.isPresent()) {
          columns.add(f.name() + "_sk");
          labels.put(f.name() + "_sk", labels(connection, dim.get()));
        }
      }
    }
    Relation published = catalog.names(c).published();
    String sql = "SELECT " + columns.stream().map(d::quote).collect(Collectors.joining(", "))
        + " FROM " + d.qualified(published.schema(), published.name())
        + (dimension ? " WHERE " + d.quote(c.name() + "_sk") + " <> '-1'" : "");
    List<List<String>> rows;
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rows = Cells.rows(rs);
    }
    for (List<String> row : rows) {
      for (int i = 0; i < columns.size(); i++) {
        Map<String, String> byKey = labels.get(columns.get(i));
        if (byKey != null) {
          String sk = row.get(i);
          row.set(i, byKey.getOrDefault(sk, "dangling " + sk));
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (String key : keyOf(c)) {
      order.add(columns.indexOf(key));
    }
    if (scd2) {
      order.add(columns.indexOf("valid_from"));
    }
    rows.sort(byColumns(order));
    List<List<String>> out = new ArrayList<>();
    out.add(columns);
    out.addAll(rows);
    return out;
  }

  /** The dimension a fact field references, if the reference targets a dimension. */
  Optional<Contract> referencedDimension(Field f) {
    if (f.references() == null) {
      return Optional.empty();
    }
    String ref = f.references();
    String id = ref.substring(0, ref.indexOf('.', ref.indexOf('.') + 1));
    return catalog.latest(id).filter(t -> t.kind() == Kind.DIMENSION);
  }

  /** Surrogate key to readable key of every row of a dimension, the unknown member included. */
  Map<String, String> labels(Connection connection, Contract dim) throws SQLException {
    boolean scd2 = dim.scd().type() == 2;
    List<String> columns = new ArrayList<>(dim.scd().key());
    if (scd2) {
      columns.add("valid_from");
    }
    Relation mart = catalog.names(dim).mart().orElseThrow();
    String sql = "SELECT " + d.quote(dim.name() + "_sk") + ", "
        + columns.stream().map(d::quote).collect(Collectors.joining(", "))
        + " FROM " + d.qualified(mart.schema(), mart.name());
    Map<String, String> labels = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      for (List<String> row : Cells.rows(rs)) {
        String sk = row.get(0);
        List<String> key = row.subList(1, 1 + dim.scd().key().size());
        String label = sk.equals("-1") ? UNKNOWN
            : String.join("|", key) + (scd2 ? "@" + row.get(row.size() - 1) : "");
        if (labels.put(sk, label) != null) {
          throw new IllegalStateException("surrogate key " + sk + " twice in " + mart);
        }
      }
    }
    return labels;
  }

  /** The business key, grain, or primary key of a source. */
  static List<String> keyOf(Contract c) {
    if (c.kind() == Kind.DIMENSION) {
      return c.scd().key();
    }
    if (!c.grain().isEmpty()) {
      return c.grain();
    }
    return c.fields().stream().filter(Field::primaryKey).map(Field::name).toList();
  }

  /** Compares rendered rows by some columns: numbers as numbers, other text by code points, NULL first. */
  static Comparator<List<String>> byColumns(List<Integer> columns) {
    return (a, b) -> {
      for (int i : columns) {
        int cmp = compareCells(a.get(i), b.get(i));
        if (cmp != 0) {
          return cmp;
        }
      }
      return 0;
    };
  }

  private static int compareCells(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    return a.compareTo(b);
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Every mart (and alias view) with all its rows and columns, for comparing builds. */
  static Map<String, List<List<String>>> snapshot(Connection connection, Dialect d, List<Relation> objects)
      throws SQLException {
    return snapshot(connection, d, objects, "*");
  }

  /**
   * Tables with all their rows and columns, and first the physical identity of each row, which
   * tells a row rewritten with the same values from one left alone.
   */
  static Map<String, List<List<String>>> physicalSnapshot(Connection connection, Engine engine, List<Relation> tables)
      throws SQLException {
    return snapshot(connection, engine.dialect(), tables, engine.rowIdentity() + " AS \"_row_identity\", *");
  }

  private static Map<String, List<List<String>>> snapshot(Connection connection, Dialect d, List<Relation> objects,
      String select) throws SQLException {
    Map<String, List<List<String>>> all = new TreeMap<>();
    for (Relation r : objects) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + d.qualified(r.schema(), r.name()))) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Cells.header(rs));
        List<List<String>> body = Cells.rows(rs);
        body.sort(Comparator.comparing(row -> String.join("\u0001", row.stream().map(String::valueOf).toList())));
        rows.addAll(body);
        all.put(r.toString(), rows);
      }
    }
    return all;
  }

  /** The marts and alias views of a catalog. */
  static List<Relation> marts(PipelineCatalog catalog) {
    List<Relation> out = new ArrayList<>();
    for (Contract c : catalog.contracts()) {
      ObjectNames names = catalog.names(c);
      names.mart().ifPresent(out::add);
      names.alias().ifPresent(out::add);
    }
    return out;
  }

  /** The mart tables of a catalog, without views. */
  static List<Relation> martTables(PipelineCatalog catalog) {
    return catalog.contracts().stream().flatMap(c -> catalog.names(c).mart().stream()).toList();
  }
}
