package io.datapact.generator.sql;

import io.datapact.generator.sql.model.AliasModel;
import io.datapact.generator.sql.model.Column;
import io.datapact.generator.sql.model.KeySet;
import io.datapact.generator.sql.model.Lookup;
import io.datapact.generator.sql.model.MartModel;
import io.datapact.generator.sql.model.Projection;
import io.datapact.generator.sql.model.RawTableModel;
import io.datapact.generator.sql.model.StagedSource;
import io.datapact.generator.sql.model.StagingModel;
import io.datapact.model.Contract;
import io.datapact.model.Durations;
import io.datapact.model.Field;
import io.datapact.model.HardDeletes;
import io.datapact.model.IncrementalStrategy;
import io.datapact.model.Kind;
import io.datapact.model.Source;
import io.datapact.model.LogicalType;
import io.datapact.model.Transform;
import io.datapact.model.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes every quoted name, type and expression the SQL templates of one contract need, for one
 * dialect. Templates only lay these out.
 */
public final class ContractSql {
  /** Audit columns of every raw table, in order. */
  public static final List<String> AUDIT = List.of("_loaded_at", "_batch_id", "_source_file", "_source_row");
  /** The surrogate key of the unknown member every dimension holds. */
  public static final String UNKNOWN_SK = "-1";

  private final Dialect d;
  private final Contract c;
  private final ObjectNames names;
  private final PipelineCatalog catalog;

  public ContractSql(Dialect dialect, Contract contract, PipelineCatalog catalog) {
    this.d = dialect;
    this.c = contract;
    this.catalog = catalog;
    this.names = catalog.names(contract);
  }

  /** The landing table. */
  public RawTableModel raw() {
    List<Column> columns = new ArrayList<>();
    for (Field f : c.fields()) {
      columns.add(new Column(d.quote(f.rawName()), d.type(f.logicalType())));
    }
    columns.add(new Column(d.quote("_loaded_at"), d.loadTimeType() + " NOT NULL"));
    columns.add(new Column(d.quote("_batch_id"), d.stringType() + " NOT NULL"));
    columns.add(new Column(d.quote("_source_file"), d.stringType()));
    columns.add(new Column(d.quote("_source_row"), "BIGINT"));
    return new RawTableModel(c.id() + " " + c.version(), d.quote(names.raw().schema()), table(names.raw()), columns);
  }

  /** The staging view. */
  public StagingModel staging() {
    return new StagingModel(c.id() + " " + c.version(), d.quote(names.staging().schema()), table(names.staging()),
        source(businessKey(), false));
  }

  /** The view that gives the unsuffixed name to the latest major, if this contract has one. */
  public Optional<AliasModel> alias() {
    return names.alias().map(a -> new AliasModel(c.id() + " " + c.version(), d.quote(a.schema()), table(a),
        table(names.published())));
  }

  /** The dimension or fact build; empty for sources. */
  public Optional<MartModel> mart() {
    if (names.mart().isEmpty()) {
      return Optional.empty();
    }
    Relation mart = names.mart().get();
    boolean scd2 = c.kind() == Kind.DIMENSION && c.scd().type() == 2;
    // Without a deleted flag, every batch of an SCD2 feed is a full snapshot: a key missing from a
    // batch was deleted then (unless deletes are ignored).
    boolean snapshot = scd2 && c.scd().deletes() != HardDeletes.IGNORE && c.source().deletedFlag() == null;
    boolean history = c.kind() == Kind.DIMENSION && (c.scd().type() == 2 || c.scd().type() == 3);
    List<String> keyNames = c.kind() == Kind.DIMENSION ? c.scd().key() : c.grain();
    KeySet keys = new KeySet(keyNames.stream().map(d::quote).toList());
    String sk = c.kind() == Kind.DIMENSION ? d.quote(c.name() + "_sk") : null;

    List<Column> columns = new ArrayList<>();
    if (sk != null) {
      columns.add(new Column(sk, d.stringType() + " NOT NULL"));
    }
    for (Field f : c.fields()) {
      columns.add(new Column(d.quote(f.name()), d.type(f.logicalType())));
    }
    List<Lookup> lookups = c.kind() == Kind.FACT ? lookups() : List.of();
    lookups.forEach(l -> columns.add(new Column(l.out(), d.stringType() + " NOT NULL")));
    List<Projection> previous = previous();
    previous.forEach(p -> columns.add(new Column(p.alias(), previousType(p))));
    String timestamp = d.quote(c.scd() != null && c.scd().updatedAt() != null ? c.scd().updatedAt() : "_loaded_at");
    // The type of the version time: updatedAt's, else the load time's (a UTC timestamp).
    LogicalType versionType = c.scd() != null && c.scd().updatedAt() != null
        ? c.field(c.scd().updatedAt()).orElseThrow().logicalType() : LogicalType.parse("timestamp");
    String tsType = c.scd() != null && c.scd().updatedAt() != null ? d.type(versionType) : d.loadTimeType();
    if (scd2) {
      columns.add(new Column(d.quote("valid_from"), tsType));
      columns.add(new Column(d.quote("valid_to"), tsType));
      columns.add(new Column(d.quote("is_current"), "BOOLEAN NOT NULL"));
      columns.add(new Column(d.quote("is_deleted"), "BOOLEAN NOT NULL"));
    }
    columns.add(new Column(d.quote("_row_hash"), d.stringType() + " NOT NULL"));
    columns.add(new Column(d.quote("_loaded_at"), d.loadTimeType()));
    columns.add(new Column(d.quote("_batch_id"), d.stringType()));

    List<String> dedup = new ArrayList<>(keys.columns());
    if (history) {
      dedup.add(c.scd().updatedAt() != null ? d.quote(c.scd().updatedAt()) : d.quote("_loaded_at"));
    }
    // SCD0 keeps a key's first values; an append fact only adds rows, so a re-sent row never
    // replaces the one first loaded.
    boolean firstWins = c.kind() == Kind.DIMENSION ? c.scd().type() == 0
        : c.incremental() != null && c.incremental().strategy() == IncrementalStrategy.APPEND;
    StagedSource source = source(dedup, firstWins);
    String skExpression = sk == null ? null
        : scd2 ? md5(concat(keyNames, "w", "w." + d.quote("_dp_from"), versionType))
        : md5(concat(keyNames, "r", null, null));
    List<Projection> hashed = hashColumns(lookups);
    return Optional.of(new MartModel(c.id() + " " + c.version(), d.quote(mart.schema()), table(mart),
        d.literal(mart.toString()), d.qualified(ObjectNames.STATE, "processed_batches"), columns,
        c.fields().stream().map(f -> d.quote(f.name())).toList(), sk, skExpression, keys,
        d.quote("dp_keys_" + names.base()), d.quote("dp_rows_" + names.base()), d.quote("dp_history_" + names.base()),
        d.quote("dp_batches_" + names.base()), d.quote("dp_new_" + names.base()), d.quote("dp_input_" + names.base()),
        d.quote("dp_gaps_" + names.base()), source, keyColumns(source, keyNames),
        inputColumns(source, keys, hashed, c.kind() != Kind.FACT), hashed, d::rowDigest, c.kind() != Kind.FACT,
        deletions(snapshot, keyNames, versionType), lastKnown(snapshot, keys), versionStart(snapshot, timestamp, versionType),
        lookbackKeys(mart, keys), lookups, previous, timestamp, c.scd() == null ? "ignore" : Wire.of(c.scd().deletes()),
        firstWins, scd2));
  }

  private StagedSource source(List<String> dedupKeys, boolean earliest) {
    List<Projection> columns = new ArrayList<>();
    for (Field f : c.fields()) {
      columns.add(new Projection("CAST(" + transformed(f) + " AS " + d.type(f.logicalType()) + ")", d.quote(f.name())));
    }
    String direction = earliest ? " ASC" : " DESC";
    String order = AUDIT.stream().map(a -> d.quote(a) + direction).collect(Collectors.joining(", "));
    String loadedAt = c.source().loadedAt();
    if (!loadedAt.equals(Source.DEFAULT_LOADED_AT) && c.field(loadedAt).isPresent()) {
      // A contract that names its own load-time field orders deliveries by it before datapact's.
      order = d.quote(loadedAt) + direction + " NULLS LAST, " + order;
    }
    if (!earliest && c.scd() != null && c.scd().updatedAt() != null) {
      // updatedAt tells which of two rows of a key is newer; a stale re-delivery must not win.
      order = d.quote(c.scd().updatedAt()) + " DESC NULLS LAST, " + order;
    }
    String deleted = c.source().deletedFlag() == null ? null : d.quote(c.source().deletedFlag());
    return new StagedSource(table(names.raw()), columns, AUDIT.stream().map(d::quote).toList(), dedupKeys, order, deleted);
  }

  private List<String> businessKey() {
    if (c.kind() == Kind.DIMENSION) {
      return c.scd().key().stream().map(d::quote).toList();
    }
    if (!c.grain().isEmpty()) {
      return c.grain().stream().map(d::quote).toList();
    }
    return c.fields().stream().filter(Field::primaryKey).map(f -> d.quote(f.name())).toList();
  }

  private String transformed(Field f) {
    String expr = "r." + d.quote(f.rawName());
    for (Transform t : f.transform()) {
      expr = switch (t) {
        case TRIM -> "trim(" + expr + ")";
        case LOWER -> "lower(" + expr + ")";
        case UPPER -> "upper(" + expr + ")";
        case NULL_IF_EMPTY -> "nullif(" + expr + ", '')";
      };
    }
    return expr;
  }

  /**
   * SCD2 over a snapshot feed: the row of a key missing from a batch after being present, over the
   * gaps table {@code g}. Non-key fields are filled with the last known values ({@link #lastKnown}).
   */
  private List<Projection> deletions(boolean snapshot, List<String> keyNames, LogicalType versionType) {
    if (!snapshot) {
      return List.of();
    }
    List<Projection> out = new ArrayList<>();
    for (Field f : c.fields()) {
      String q = d.quote(f.name());
      out.add(new Projection(keyNames.contains(f.name()) ? "g." + q : "CAST(NULL AS " + d.type(f.logicalType()) + ")", q));
    }
    out.add(new Projection("g." + d.quote("_dp_gone_at"), d.quote("_loaded_at")));
    out.add(new Projection("g." + d.quote("_dp_gone_batch"), d.quote("_batch_id")));
    out.add(new Projection("CAST(NULL AS " + d.stringType() + ")", d.quote("_source_file")));
    out.add(new Projection("CAST(NULL AS BIGINT)", d.quote("_source_row")));
    out.add(new Projection("TRUE", d.quote("_is_deleted")));
    out.add(new Projection(d.fromLoadTime("g." + d.quote("_dp_gone_at"), versionType), d.quote("_dp_from")));
    return out;
  }

  /**
   * SCD2 over a snapshot feed: the fields over {@code u}, where a deletion row takes the values of
   * the row before it, so that a closed or flagged version keeps what was last known of the key.
   */
  private List<Projection> lastKnown(boolean snapshot, KeySet keys) {
    if (!snapshot) {
      return List.of();
    }
    String window = " OVER (PARTITION BY " + keys.list("u") + " ORDER BY u." + d.quote("_dp_from") + ", u."
        + d.quote("_is_deleted") + ")";
    List<Projection> out = new ArrayList<>();
    for (Field f : c.fields()) {
      String q = d.quote(f.name());
      out.add(new Projection(keys.columns().contains(q) ? "u." + q
          : "CASE WHEN u." + d.quote("_is_deleted") + " THEN lag(u." + q + ")" + window + " ELSE u." + q + " END", q));
    }
    return out;
  }

  /**
   * When a version starts, over a staged row {@code p}: its version time, except for a row that
   * reappears after its key was deleted without a newer version time (a snapshot that lost the key
   * and shows it again unchanged), which starts when it was first loaded again.
   */
  private String versionStart(boolean snapshot, String timestamp, LogicalType versionType) {
    String time = "p." + timestamp;
    if (!snapshot) {
      return time;
    }
    String goneAt = "p." + d.quote("_dp_gone_at");
    return "CASE WHEN " + goneAt + " IS NOT NULL AND " + time + " <= " + d.fromLoadTime(goneAt, versionType)
        + " THEN " + d.fromLoadTime("p." + d.quote("_dp_first_at"), versionType) + " ELSE " + time + " END";
  }

  private List<Projection> keyColumns(StagedSource source, List<String> keyNames) {
    List<String> quoted = keyNames.stream().map(d::quote).toList();
    return source.columns().stream().filter(p -> quoted.contains(p.alias())).toList();
  }

  /**
   * The source projections the changed-key statement needs from new rows: the key fields, plus (when
   * rows are compared with the mart) the hashed fields and the deleted flag, in source order.
   */
  private List<Projection> inputColumns(StagedSource source, KeySet keys, List<Projection> hashed, boolean compare) {
    List<String> needed = new ArrayList<>(keys.columns());
    if (compare) {
      hashed.forEach(h -> needed.add(h.alias()));
      if (source.deletedFlag() != null) {
        needed.add(source.deletedFlag());
      }
    }
    return source.columns().stream().filter(p -> needed.contains(p.alias())).toList();
  }

  private String lookbackKeys(Relation mart, KeySet keys) {
    if (c.incremental() == null || c.incremental().lookback() == null) {
      return null;
    }
    String time = d.quote(c.incremental().timeColumn());
    String target = table(mart);
    return "SELECT " + keys.list("t") + " FROM " + target + " AS t WHERE t." + time + " >= (SELECT max(m." + time
        + ") FROM " + target + " AS m) - " + d.interval(Durations.parse(c.incremental().lookback()));
  }

  private List<Lookup> lookups() {
    List<Lookup> out = new ArrayList<>();
    for (Field f : c.fields()) {
      if (f.references() == null) {
        continue;
      }
      String targetId = f.references().substring(0, f.references().indexOf('.', f.references().indexOf('.') + 1));
      String targetField = f.references().substring(targetId.length() + 1);
      Optional<Contract> dim = catalog.latest(targetId).filter(t -> t.kind() == Kind.DIMENSION);
      if (dim.isEmpty()) {
        continue;
      }
      String alias = "d" + out.size();
      String condition = alias + "." + d.quote(targetField) + " = s." + d.quote(f.name());
      if (dim.get().scd().type() == 2) {
        String time = c.incremental() != null ? "s." + d.quote(c.incremental().timeColumn()) : null;
        // The open end as 'infinity' rather than "valid_to IS NULL OR ...": engines (DuckDB) plan a
        // join whose conditions are all comparisons as a hash join, one with an OR as a nested loop.
        String updatedAt = dim.get().scd().updatedAt();
        String versionType = updatedAt == null ? d.loadTimeType()
            : d.type(dim.get().field(updatedAt).orElseThrow().logicalType());
        condition += time == null ? " AND " + alias + "." + d.quote("is_current")
            : " AND " + time + " >= " + alias + "." + d.quote("valid_from") + " AND " + time + " < coalesce(" + alias
                + "." + d.quote("valid_to") + ", CAST(" + d.literal("infinity") + " AS " + versionType + "))";
      }
      out.add(new Lookup(alias, table(catalog.names(dim.get()).mart().orElseThrow()), condition,
          d.quote(dim.get().name() + "_sk"), d.quote(f.name() + "_sk")));
    }
    return out;
  }

  private List<Projection> previous() {
    if (c.kind() != Kind.DIMENSION || c.scd().type() != 3) {
      return List.of();
    }
    return c.scd().previous().stream().map(p -> new Projection(d.quote(p), d.quote("previous_" + p))).toList();
  }

  private String previousType(Projection p) {
    String field = p.expression().substring(1, p.expression().length() - 1).replace("\"\"", "\"");
    return d.type(c.field(field).orElseThrow().logicalType());
  }

  private List<Projection> hashColumns(List<Lookup> lookups) {
    List<Projection> parts = new ArrayList<>();
    List<String> keys = c.kind() == Kind.DIMENSION ? c.scd().key() : c.grain();
    String skip = c.scd() != null ? c.scd().updatedAt() : null;
    List<String> tracked = c.scd() != null && c.scd().type() == 2 && !c.scd().tracked().isEmpty()
        ? c.scd().tracked() : null;
    for (Field f : c.fields()) {
      boolean hashed = tracked != null ? tracked.contains(f.name())
          : !keys.contains(f.name()) && !f.name().equals(skip);
      if (hashed) {
        String q = d.quote(f.name());
        parts.add(new Projection(d.text(MartModel.ALIAS + "." + q, f.logicalType()), q));
      }
    }
    lookups.forEach(l -> parts.add(new Projection(d.text(MartModel.ALIAS + "." + l.out(), LogicalType.parse("string")), l.out())));
    return parts;
  }

  /** The surrogate key text: the key fields over {@code alias}, then {@code last} of type {@code lastType}, if any. */
  private String concat(List<String> keyNames, String alias, String last, LogicalType lastType) {
    List<String> all = new ArrayList<>();
    for (String k : keyNames) {
      all.add(d.text(alias + "." + d.quote(k), c.field(k).orElseThrow().logicalType()));
    }
    if (last != null) {
      all.add(d.text(last, lastType));
    }
    return String.join(" || '|' || ", all);
  }

  private static String md5(String expression) {
    return "md5(" + expression + ")";
  }

  private String table(Relation relation) {
    return d.qualified(relation.schema(), relation.name());
  }
}
