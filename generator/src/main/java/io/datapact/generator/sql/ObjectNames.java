package io.datapact.generator.sql;

import io.datapact.model.Contract;
import io.datapact.model.Kind;
import io.datapact.model.SemVer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names of everything generated for one contract.
 *
 * <p>Objects are named {@code <domain>__<name>}: {@code raw.benefits__claims},
 * {@code staging.stg_benefits__claims}, {@code marts.fct_benefits__claims}. When two major
 * versions of a contract live side by side, each gets a {@code _v<major>} suffix and the
 * unsuffixed mart name becomes a view of the latest, so consumers migrate on their own schedule.
 * A landing table named in the contract ({@code source.table}) is used as written: the producer
 * writes there, and validation ({@code source-table-duplicate}) keeps two contracts apart.
 *
 * @param base {@code benefits__claims} or {@code benefits__claims_v2}
 * @param mart the dimension or fact table; empty for sources
 * @param alias the unsuffixed view of the latest major; present only on the latest of several
 */
public record ObjectNames(String base, Relation raw, Relation staging, Optional<Relation> mart,
    Optional<Relation> alias) {

  /** Schema of landing tables unless a contract names its own. */
  public static final String RAW = "raw";
  /** Schema of staging views. */
  public static final String STAGING = "staging";
  /** Schema of dimensions and facts. */
  public static final String MARTS = "marts";
  /** Schema of datapact's own state. */
  public static final String STATE = "datapact";

  /** Names for every contract, keyed by contract; contracts of one id share a suffix scheme. */
  public static Map<Contract, ObjectNames> of(List<Contract> contracts) {
    Map<String, List<Contract>> byId = contracts.stream().collect(Collectors.groupingBy(Contract::id));
    Map<Contract, ObjectNames> names = new HashMap<>();
    for (List<Contract> versions : byId.values()) {
      boolean sideBySide = versions.stream().map(Contract::majorVersion).distinct().count() > 1;
      Contract latest = versions.stream()
          .max(Comparator.comparing(c -> SemVer.parse(c.version()).orElseThrow())).orElseThrow();
      for (Contract c : versions) {
        boolean sharedTable = c.source().table() != null && versions.stream()
            .filter(o -> o != c).anyMatch(o -> c.source().table().equals(o.source().table()));
        names.put(c, of(c, sideBySide, c == latest, sharedTable));
      }
    }
    return names;
  }

  /**
   * A declared {@code source.table} is where loaders land the rows, so it is used as written; only
   * when another major of the id declares the same table does each get the major's suffix.
   */
  private static ObjectNames of(Contract c, boolean sideBySide, boolean latest, boolean sharedTable) {
    String unsuffixed = c.domain() + "__" + c.name();
    String suffix = sideBySide ? "_v" + c.majorVersion() : "";
    String base = unsuffixed + suffix;
    String table = c.source().table();
    Relation raw = table == null
        ? new Relation(RAW, base)
        : new Relation(table.substring(0, table.indexOf('.')),
            table.substring(table.indexOf('.') + 1) + (sharedTable ? suffix : ""));
    Relation staging = new Relation(STAGING, "stg_" + base);
    String prefix = c.kind() == Kind.DIMENSION ? "dim_" : "fct_";
    Optional<Relation> mart = c.kind() == Kind.SOURCE ? Optional.empty()
        : Optional.of(new Relation(MARTS, prefix + base));
    Optional<Relation> alias = Optional.empty();
    if (sideBySide && latest) {
      alias = Optional.of(c.kind() == Kind.SOURCE
          ? new Relation(STAGING, "stg_" + unsuffixed)
          : new Relation(MARTS, prefix + unsuffixed));
    }
    return new ObjectNames(base, raw, staging, mart, alias);
  }

  /** The object consumers read: the mart, or the staging view of a source. */
  public Relation published() {
    return mart.orElse(staging);
  }
}
