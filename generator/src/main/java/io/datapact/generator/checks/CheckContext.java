package io.datapact.generator.checks;

import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One contract's published object as the planner sees it: its keys, samples and the rows every check skips. */
final class CheckContext {
  /** Longest check name kept as is; longer ones are cut and end in a hash, to stay a valid file name. */
  static final int MAX_NAME = 120;

  final Contract contract;
  final PipelineCatalog catalog;
  final ObjectNames names;
  final Relation target;

  CheckContext(Contract contract, PipelineCatalog catalog) {
    this.contract = contract;
    this.catalog = catalog;
    this.names = catalog.names(contract);
    this.target = names.published();
  }

  /** Whether the contract is an SCD type 2 dimension. */
  boolean scd2() {
    return contract.kind() == Kind.DIMENSION && contract.scd().type() == 2;
  }

  /** The key of a row: the dimension key, else the grain, else the primary key fields. */
  List<String> keys() {
    if (contract.kind() == Kind.DIMENSION) {
      return contract.scd().key();
    }
    if (!contract.grain().isEmpty()) {
      return contract.grain();
    }
    return contract.fields().stream().filter(Field::primaryKey).map(Field::name).toList();
  }

  /** The key fields that hold no personal data: the only values a report may show. */
  List<String> samples() {
    return keys().stream().filter(k -> contract.field(k).map(f -> f.pii() == null).orElse(false)).toList();
  }

  /**
   * The marts a duplicate key of this contract reaches: its own, then every mart that joins it,
   * directly or through another mart; empty when no other mart joins it.
   */
  List<String> downstream() {
    Optional<Relation> own = names.mart();
    if (own.isEmpty()) {
      return List.of();
    }
    Set<Relation> reached = new LinkedHashSet<>(List.of(own.get()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Contract c : catalog.contracts()) {
        Optional<Relation> mart = catalog.names(c).mart();
        if (mart.isPresent() && !reached.contains(mart.get()) && catalog.joined(c).stream().anyMatch(reached::contains)) {
          reached.add(mart.get());
          grew = true;
        }
      }
    }
    if (reached.size() == 1) {
      return List.of();
    }
    List<String> readers = reached.stream().skip(1).map(Relation::toString).sorted().toList();
    List<String> out = new ArrayList<>(List.of(own.get().toString()));
    out.addAll(readers);
    return out;
  }

  /** A check of this contract; {@code detail} ends the name, and the unknown member is left out of dimensions. */
  PlannedCheck check(CheckKind kind, String detail, List<String> columns, Map<String, List<String>> params,
      Severity severity) {
    TreeMap<String, List<String>> all = new TreeMap<>(params);
    if (contract.kind() == Kind.DIMENSION) {
      all.put(PlannedCheck.UNKNOWN_MEMBER, List.of(contract.name() + "_sk"));
    }
    List<String> samples = kind.aggregate() ? List.of() : samples();
    String name = target.name() + "__" + kind.wire() + (detail.isEmpty() ? "" : "__" + detail);
    return new PlannedCheck(shorten(name), kind, contract.id(), target, columns, all, severity, 0.0, samples);
  }

  /** A field name as part of a check name: lower case, runs of other characters as one underscore. */
  String slug(String field) {
    String slug = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.isEmpty()) {
      return "field" + (contract.fields().stream().map(Field::name).toList().indexOf(field) + 1);
    }
    return slug;
  }

  /** The slugs of several fields, joined by {@code __}. */
  String slugs(List<String> fields) {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(slug(f)));
    return String.join("__", out);
  }

  private static String shorten(String name) {
    if (name.length() <= MAX_NAME) {
      return name;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_NAME - 9) + "_" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
