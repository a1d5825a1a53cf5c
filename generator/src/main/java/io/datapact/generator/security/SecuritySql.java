package io.datapact.generator.security;

import io.datapact.generator.checks.ExpressionSql;
import io.datapact.generator.security.SecurityModels.ColumnMask;
import io.datapact.generator.security.SecurityModels.Grant;
import io.datapact.generator.security.SecurityModels.Grants;
import io.datapact.generator.security.SecurityModels.Policies;
import io.datapact.generator.security.SecurityModels.Policy;
import io.datapact.generator.security.SecurityModels.RowAccess;
import io.datapact.generator.security.SecurityModels.SecuredTable;
import io.datapact.generator.security.SecurityModels.Setup;
import io.datapact.generator.security.SecurityModels.View;
import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.generator.sql.model.Projection;
import io.datapact.model.Contract;
import io.datapact.model.Expression;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.RoleAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes what the security templates of one contract need, for one dialect: the readers' masked
 * or filtered views, row-level security and masking policies, and grants. See docs/security.md.
 *
 * <p>Row filters are rebuilt from their tokens ({@link ExpressionSql}); each {@code {{ param }}}
 * becomes a subquery of the entitlements table, restricted to rows granted to the reader, so that
 * nothing the reader can set in a session changes which rows it sees.
 */
public final class SecuritySql {
  /** Table of entitlements: which value of a row filter parameter a user or role is granted. */
  public static final String ENTITLEMENTS = "entitlements";
  /** One-row table holding the salt of hashed values, filled at run time. */
  public static final String SALT = "masking_salt";
  /** Prefix of each reader's view schema: {@code for_<role>}. */
  public static final String VIEW_SCHEMA_PREFIX = "for_";
  /** The role that builds the pipeline, where policies must name it (Snowflake). */
  public static final String OWNER_ROLE = "datapact_owner";

  private final Dialect d;
  private final Contract c;
  private final PipelineCatalog catalog;
  private final ObjectNames names;
  private final boolean maskEverything;

  /**
   * @param maskEverything the dev environment: every PII field masked for every role
   */
  public SecuritySql(Dialect dialect, Contract contract, PipelineCatalog catalog, boolean maskEverything) {
    this.d = dialect;
    this.c = contract;
    this.catalog = catalog;
    this.names = catalog.names(contract);
    this.maskEverything = maskEverything;
  }

  /** Whether any contract states access, so that security files are generated at all. */
  public static boolean applies(PipelineCatalog catalog) {
    return catalog.contracts().stream().anyMatch(c -> !c.access().isEmpty());
  }

  /** The schema of a reader's views. */
  public static String viewSchema(String role) {
    return VIEW_SCHEMA_PREFIX + role;
  }

  /** The security setup of every contract. */
  public static Setup setup(Dialect d, PipelineCatalog catalog, boolean maskEverything) {
    TreeSet<String> roles = new TreeSet<>();
    TreeSet<String> viewSchemas = new TreeSet<>();
    TreeSet<String> locked = new TreeSet<>(List.of(ObjectNames.STATE, ObjectNames.STAGING, ObjectNames.MARTS));
    for (Contract c : catalog.contracts()) {
      roles.addAll(c.access().keySet());
      locked.add(catalog.names(c).raw().schema());
      for (Reader r : new SecuritySql(d, c, catalog, maskEverything).readers()) {
        if (r.viaView()) {
          viewSchemas.add(viewSchema(r.role()));
        }
      }
    }
    return new Setup(roles.stream().map(d::quote).toList(), roles.stream().map(d::literal).toList(),
        d.quote(OWNER_ROLE), locked.stream().map(d::quote).toList(), viewSchemas.stream().map(d::quote).toList(),
        d.qualified(ObjectNames.STATE, ENTITLEMENTS), d.qualified(ObjectNames.STATE, SALT), d.quote(ObjectNames.STATE));
  }

  /** The roles that read the contract, by name; a role with {@code write} only loads. */
  public List<Reader> readers() {
    List<Reader> out = new ArrayList<>();
    boolean pii = c.fields().stream().anyMatch(f -> f.pii() != null);
    for (Map.Entry<String, RoleAccess> e : c.access().entrySet()) {
      RoleAccess a = e.getValue();
      if (a.write()) {
        continue;
      }
      boolean masked = maskEverything || a.masked();
      Expression filter = a.rowFilter() == null ? null : Expression.parse(a.rowFilter());
      boolean engineFilters = d.supportsRowLevelSecurity() && (publishedIsTable() || d.masksWithPolicies());
      boolean viaView = !d.masksWithPolicies() && (masked && pii || filter != null && !engineFilters);
      out.add(new Reader(e.getKey(), masked, filter, viaView));
    }
    return out;
  }

  /** The roles that load the contract's raw table. */
  public List<String> writers() {
    return c.access().entrySet().stream().filter(e -> e.getValue().write()).map(Map.Entry::getKey).toList();
  }

  /** The views of the readers that read through one. */
  public List<View> views() {
    List<View> out = new ArrayList<>();
    for (Reader r : readers()) {
      if (!r.viaView()) {
        continue;
      }
      List<Projection> columns = new ArrayList<>();
      for (PublishedColumn col : publishedColumns()) {
        String value = "t." + d.quote(col.name());
        String expression = r.masked() && col.pii() ? d.mask(masking(col.field()), col.field().pii(), value,
            col.field().logicalType(), salt()) : value;
        columns.add(new Projection(expression, d.quote(col.name())));
      }
      out.add(new View(c.id() + " " + c.version(), r.role(), d.quote(viewSchema(r.role())),
          d.qualified(viewSchema(r.role()), names.base()), d.secureViewOptions(), table(names.published()), columns,
          r.filter() == null ? null : filter(r, "t."), r.masked()));
    }
    return out;
  }

  /** Node name of a reader's view. */
  public String viewNode(Reader r) {
    return new Relation(viewSchema(r.role()), names.base()).toString();
  }

  /** Row-level security (raw table and a published table) and, where the engine masks by policy, masking policies. */
  public Policies policies() {
    List<SecuredTable> tables = new ArrayList<>();
    List<Policy> loaders = writers().stream()
        .map(w -> new Policy(d.quote(w), "INSERT", d.quote(w), null, "TRUE")).toList();
    tables.add(new SecuredTable(table(names.raw()), loaders));
    if (publishedIsTable()) {
      List<Policy> readers = new ArrayList<>();
      for (Reader r : readers()) {
        String using = r.viaView() ? "FALSE" : r.filter() == null ? "TRUE" : filter(r, "");
        readers.add(new Policy(d.quote(r.role()), "SELECT", d.quote(r.role()), using, null));
      }
      tables.add(new SecuredTable(table(names.published()), readers));
    }
    List<ColumnMask> masks = new ArrayList<>();
    RowAccess rowAccess = null;
    if (d.masksWithPolicies()) {
      masks = columnMasks();
      rowAccess = rowAccess();
    }
    return new Policies(c.id() + " " + c.version(), tables, masks, rowAccess);
  }

  private List<ColumnMask> columnMasks() {
    List<String> unmasked = new ArrayList<>(List.of(d.literal(OWNER_ROLE)));
    readers().stream().filter(r -> !r.masked()).forEach(r -> unmasked.add(d.literal(r.role())));
    List<ColumnMask> out = new ArrayList<>();
    for (PublishedColumn col : publishedColumns()) {
      if (!col.pii()) {
        continue;
      }
      LogicalType type = col.field().logicalType();
      Masking masking = masking(col.field());
      // A masking policy returns the column's type: a masking that changes it nulls the value instead.
      if (!d.maskedType(masking, type).equals(d.type(type))) {
        masking = Masking.NULL;
      }
      out.add(new ColumnMask(d.qualified(ObjectNames.STATE, "mask_" + names.base() + "__" + col.name()),
          objectType(), table(names.published()), d.quote(col.name()), d.type(type), unmasked,
          d.mask(masking, col.field().pii(), "val", type, salt())));
    }
    return out;
  }

  private RowAccess rowAccess() {
    List<Reader> filtered = readers().stream().filter(r -> r.filter() != null).toList();
    if (filtered.isEmpty()) {
      return null;
    }
    Set<String> used = new TreeSet<>();
    List<String> fields = c.fields().stream().map(Field::name).toList();
    filtered.forEach(r -> used.addAll(ExpressionSql.columns(r.filter(), fields)));
    List<Projection> arguments = used.stream()
        .map(f -> new Projection(d.quote(f), d.type(c.field(f).orElseThrow().logicalType()))).toList();
    List<String> unfiltered = new ArrayList<>(List.of(d.literal(OWNER_ROLE)));
    readers().stream().filter(r -> r.filter() == null).forEach(r -> unfiltered.add(d.literal(r.role())));
    return new RowAccess(d.qualified(ObjectNames.STATE, "rows_" + names.base()), objectType(),
        table(names.published()), arguments, used.stream().map(d::quote).toList(), unfiltered,
        filtered.stream().map(r -> new Projection(filter(r, ""), d.literal(r.role()))).toList());
  }

  /** Grants of exactly what each role needs, after revoking everything from PUBLIC. */
  public Grants grants() {
    Set<String> revoked = new TreeSet<>(List.of(table(names.raw()), table(names.staging()), table(names.published())));
    List<Grant> grants = new ArrayList<>();
    for (String w : writers()) {
      grants.add(new Grant("USAGE", List.of(), "SCHEMA", d.quote(names.raw().schema()), d.quote(w)));
      grants.add(new Grant("INSERT", List.of(), "TABLE", table(names.raw()), d.quote(w)));
    }
    List<String> columns = publishedColumns().stream().map(p -> d.quote(p.name())).toList();
    for (Reader r : readers()) {
      if (r.viaView()) {
        grants.add(new Grant("USAGE", List.of(), "SCHEMA", d.quote(viewSchema(r.role())), d.quote(r.role())));
        grants.add(new Grant("SELECT", List.of(), "VIEW", d.qualified(viewSchema(r.role()), names.base()),
            d.quote(r.role())));
        continue;
      }
      grants.add(new Grant("USAGE", List.of(), "SCHEMA", d.quote(names.published().schema()), d.quote(r.role())));
      grants.add(new Grant("SELECT", columns, objectType(), table(names.published()), d.quote(r.role())));
      if (r.filter() != null && !d.masksWithPolicies()) {
        // The policy's entitlement subquery runs with the reader's privileges; it sees its own rows only.
        grants.add(new Grant("USAGE", List.of(), "SCHEMA", d.quote(ObjectNames.STATE), d.quote(r.role())));
        grants.add(new Grant("SELECT", List.of(), "TABLE", d.qualified(ObjectNames.STATE, ENTITLEMENTS),
            d.quote(r.role())));
      }
    }
    return new Grants(c.id() + " " + c.version(), List.copyOf(revoked), grants);
  }

  /** A column of the published object, with the field it carries (null for technical columns). */
  public record PublishedColumn(String name, Field field) {
    /** Whether it carries a PII field's values. */
    public boolean pii() {
      return field != null && field.pii() != null;
    }
  }

  /**
   * The columns of the published object that readers see: the mart's or the staging view's, without
   * the content hash {@code _row_hash} (an unsalted hash over PII values).
   */
  public List<PublishedColumn> publishedColumns() {
    List<PublishedColumn> out = new ArrayList<>();
    if (names.mart().isEmpty()) {
      c.fields().forEach(f -> out.add(new PublishedColumn(f.name(), f)));
      ContractSql.AUDIT.forEach(a -> out.add(new PublishedColumn(a, null)));
      return out;
    }
    if (c.kind() == Kind.DIMENSION) {
      out.add(new PublishedColumn(c.name() + "_sk", null));
    }
    c.fields().forEach(f -> out.add(new PublishedColumn(f.name(), f)));
    if (c.kind() == Kind.FACT) {
      for (Field f : c.fields()) {
        if (f.references() != null && referencedDimension(f.references()).isPresent()) {
          out.add(new PublishedColumn(f.name() + "_sk", null));
        }
      }
    }
    if (c.kind() == Kind.DIMENSION && c.scd().type() == 3) {
      c.scd().previous().forEach(p -> out.add(new PublishedColumn("previous_" + p, c.field(p).orElseThrow())));
    }
    if (c.kind() == Kind.DIMENSION && c.scd().type() == 2) {
      List.of("valid_from", "valid_to", "is_current", "is_deleted").forEach(n -> out.add(new PublishedColumn(n, null)));
    }
    out.add(new PublishedColumn("_loaded_at", null));
    out.add(new PublishedColumn("_batch_id", null));
    return out;
  }

  private Optional<Contract> referencedDimension(String reference) {
    String id = reference.substring(0, reference.indexOf('.', reference.indexOf('.') + 1));
    return catalog.latest(id).filter(t -> t.kind() == Kind.DIMENSION);
  }

  /** Whether the published object is a table (a mart) rather than the staging view of a source. */
  public boolean publishedIsTable() {
    return names.mart().isPresent();
  }

  private String objectType() {
    return publishedIsTable() ? "TABLE" : "VIEW";
  }

  /** The masking of a PII field: its own, else its kind's default. */
  public static Masking masking(Field f) {
    return f.masking() != null ? f.masking() : f.pii().defaultMasking();
  }

  /** The salt at run time; NULL (so hashes are NULL) until an administrator stores one. */
  private String salt() {
    return "(SELECT s." + d.quote("salt") + " FROM " + d.qualified(ObjectNames.STATE, SALT) + " AS s)";
  }

  /**
   * A reader's row filter with columns prefixed by {@code alias}; a placeholder becomes a subquery of
   * the values granted to the reader, typed like the column it is compared with. After {@code =}
   * it is {@code ANY (...)}, so several granted values all match.
   */
  private String filter(Reader r, String alias) {
    List<String> fields = c.fields().stream().map(Field::name).toList();
    Map<String, LogicalType> types = parameterTypes(r.filter(), fields);
    String value = "e." + d.quote("value");
    return ExpressionSql.render(r.filter(), fields, d, f -> alias + d.quote(f), (name, afterEquals) -> {
      LogicalType type = types.get(name);
      String typed = type == null || type.base() == LogicalType.Base.STRING ? value
          : "CAST(" + value + " AS " + d.type(type) + ")";
      String query = "SELECT " + typed + " FROM " + d.qualified(ObjectNames.STATE, ENTITLEMENTS) + " AS e WHERE e."
          + d.quote("param") + " = " + d.literal(name) + " AND " + d.entitled("e." + d.quote("grantee"), r.role());
      return afterEquals ? "ANY (" + query + ")" : "(" + query + ")";
    });
  }

  /** Per placeholder, the type of a column it is directly compared with ({@code col op {{ p }}} or {@code {{ p }} op col}). */
  private Map<String, LogicalType> parameterTypes(Expression e, List<String> fields) {
    Set<Integer> columnOffsets = new HashSet<>();
    e.columns().forEach(t -> columnOffsets.add(t.offset()));
    List<Expression.Token> tokens = e.tokens();
    Map<String, LogicalType> types = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != Expression.Kind.PARAMETER) {
        continue;
      }
      for (int side : new int[] {-1, 1}) {
        int op = i + side;
        int col = i + 2 * side;
        if (col >= 0 && col < tokens.size() && tokens.get(op).kind() == Expression.Kind.OPERATOR
            && columnOffsets.contains(tokens.get(col).offset())) {
          String field = ExpressionSql.columns(new Expression(e.text(), List.of(tokens.get(col))), fields).get(0);
          types.putIfAbsent(tokens.get(i).value(), c.field(field).orElseThrow().logicalType());
        }
      }
    }
    return types;
  }

  private String table(Relation r) {
    return d.qualified(r.schema(), r.name());
  }
}
