package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.Source;
import io.datapact.model.Values;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks, by querying the loaded tables back, that every value satisfies its contract's field rules. */
final class ContractRules {
  private final Connection c;
  private final Dialect d;
  private final PipelineCatalog catalog;

  ContractRules(Connection connection, Dialect dialect, PipelineCatalog catalog) {
    this.c = connection;
    this.d = dialect;
    this.catalog = catalog;
  }

  /** Every field rule over the raw rows of both batches; NULL shares over batch 1's rows. */
  void check(Contract contract, double nullRate) throws SQLException {
    String raw = table(catalog.names(contract).raw());
    for (Field f : contract.fields()) {
      String q = d.quote(f.rawName());
      String what = contract.id() + "." + f.name();
      if (f.notNull()) {
        assertThat(count("SELECT count(*) FROM " + raw + " WHERE " + q + " IS NULL")).as(what + " NULLs").isZero();
      } else if (!exempt(contract, f)) {
        nullShare(raw, q, what, nullRate);
      }
      if (!f.values().isEmpty()) {
        Set<Object> allowed = f.values().stream().map(v -> Values.parse(f.logicalType(), v)).collect(Collectors.toSet());
        assertThat(texts("SELECT DISTINCT CAST(" + q + " AS " + d.stringType() + ") FROM " + raw + " WHERE " + q + " IS NOT NULL"))
            .as(what + " enum").isNotEmpty().allSatisfy(v -> assertThat(allowed).contains(Values.parse(f.logicalType(), v)));
      }
      rangeAndLength(raw, f, q, what);
      if (f.pattern() != null) {
        Pattern p = Pattern.compile(f.pattern());
        assertThat(texts("SELECT " + q + " FROM " + raw + " WHERE " + q + " IS NOT NULL")).as(what + " pattern")
            .isNotEmpty().allSatisfy(v -> assertThat(p.matcher(v).find()).as(v + " matches " + p).isTrue());
      }
      orphans(contract, f, raw, q, what);
    }
    uniqueness(contract, raw);
  }

  private static boolean readByACheck(Contract contract, Field f) {
    return contract.checks().stream().map(c -> io.datapact.model.Expression.parse(c.expression()))
        .flatMap(e -> e.columns().stream()).anyMatch(t -> t.value().equalsIgnoreCase(f.name()));
  }

  /** Keys, version times, the deleted flag and references are never NULL by chance; nor are shares of fields checks read. */
  private static boolean exempt(Contract contract, Field f) {
    List<String> never = new ArrayList<>(List.of(contract.source().loadedAt()));
    if (contract.scd() != null) {
      never.addAll(contract.scd().key());
      never.add(contract.scd().updatedAt());
    }
    never.addAll(contract.grain());
    if (contract.sla() != null && contract.sla().freshness() != null) {
      never.add(contract.sla().freshness().column()); // placed near the verify time, like a version time
    }
    if (readByACheck(contract, f)) {
      return true; // rows are drawn again until checks hold, which shifts the NULL share of what they read
    }
    if (contract.incremental() != null) {
      never.add(contract.incremental().timeColumn());
    }
    return never.contains(f.name()) || Source.DEFAULT_LOADED_AT.equals(f.name());
  }

  private void nullShare(String raw, String q, String what, double rate) throws SQLException {
    long n = count("SELECT count(*) FROM " + raw + " WHERE \"_batch_id\" = 'batch-1'");
    long nulls = count("SELECT count(*) FROM " + raw + " WHERE \"_batch_id\" = 'batch-1' AND " + q + " IS NULL");
    double tolerance = 5 * Math.sqrt(rate * (1 - rate) / n) + 2.0 / n;
    assertThat((double) nulls / n).as(what + " NULL share").isCloseTo(rate, org.assertj.core.data.Offset.offset(tolerance));
  }

  private void rangeAndLength(String raw, Field f, String q, String what) throws SQLException {
    if (f.range() != null) {
      String type = d.type(f.logicalType());
      List<String> outside = new ArrayList<>();
      if (f.range().min() != null) {
        outside.add(q + " < CAST(" + d.literal(f.range().min()) + " AS " + type + ")");
      }
      if (f.range().max() != null) {
        outside.add(q + " > CAST(" + d.literal(f.range().max()) + " AS " + type + ")");
      }
      assertThat(count("SELECT count(*) FROM " + raw + " WHERE " + String.join(" OR ", outside))).as(what + " range").isZero();
    }
    if (f.length() != null) {
      String length = "length(" + q + ")";
      String min = f.length().min() == null ? "FALSE" : length + " < " + f.length().min();
      String max = f.length().max() == null ? "FALSE" : length + " > " + f.length().max();
      assertThat(count("SELECT count(*) FROM " + raw + " WHERE " + min + " OR " + max)).as(what + " length").isZero();
    }
  }

  /** Every reference finds the referenced value among the target's raw rows. */
  private void orphans(Contract contract, Field f, String raw, String q, String what) throws SQLException {
    if (f.references() == null) {
      return;
    }
    String ref = f.references();
    int dot = ref.indexOf('.', ref.indexOf('.') + 1);
    Contract target = catalog.latest(ref.substring(0, dot)).orElseThrow();
    Field tf = target.field(ref.substring(dot + 1)).orElseThrow();
    String sql = "SELECT count(*) FROM " + raw + " r WHERE r." + q + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        + table(catalog.names(target).raw()) + " t WHERE t." + d.quote(tf.rawName()) + " = r." + q + ")";
    assertThat(count(sql)).as(what + " orphans").isZero();
    assertThat(count("SELECT count(*) FROM " + raw + " WHERE " + q + " IS NOT NULL")).as(what + " references").isPositive();
  }

  /** Keys and unique fields are unique in batch 1, and in the staging view (one row per business key). */
  private void uniqueness(Contract contract, String raw) throws SQLException {
    List<List<Field>> groups = new ArrayList<>();
    List<String> key = contract.kind() == Kind.DIMENSION ? contract.scd().key() : contract.grain();
    groups.add(key.stream().map(n -> contract.field(n).orElseThrow()).toList());
    groups.add(contract.fields().stream().filter(Field::primaryKey).toList());
    contract.fields().stream().filter(Field::unique).forEach(f -> groups.add(List.of(f)));
    String staging = table(catalog.names(contract).staging());
    for (List<Field> group : groups.stream().filter(g -> !g.isEmpty()).toList()) {
      String rawCols = group.stream().map(f -> d.quote(f.rawName())).collect(Collectors.joining(", "));
      String cols = group.stream().map(f -> d.quote(f.name())).collect(Collectors.joining(", "));
      String notNull = group.stream().map(f -> d.quote(f.rawName()) + " IS NOT NULL").collect(Collectors.joining(" AND "));
      assertThat(count("SELECT count(*) FROM (SELECT " + rawCols + " FROM " + raw + " WHERE \"_batch_id\" = 'batch-1' AND "
          + notNull + " GROUP BY " + rawCols + " HAVING count(*) > 1) x")).as(contract.id() + " " + cols + " in batch 1").isZero();
      String named = group.stream().map(f -> d.quote(f.name()) + " IS NOT NULL").collect(Collectors.joining(" AND "));
      assertThat(count("SELECT count(*) FROM (SELECT " + cols + " FROM " + staging + " WHERE "
          + named + " GROUP BY " + cols + " HAVING count(*) > 1) x"))
          .as(contract.id() + " " + cols + " in staging").isZero();
    }
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<String> texts(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(Objects.requireNonNull(rs.getString(1)));
      }
    }
    return out;
  }

  String table(Relation relation) {
    return d.qualified(relation.schema(), relation.name());
  }
}
