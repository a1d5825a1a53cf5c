package io.datapact.compat;

import io.datapact.model.Contract;
import io.datapact.model.SemVer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares every contract of a baseline with the current ones.
 *
 * <p>Contracts pair by id and major version, as versions of one id may be published side by side. A
 * major version the baseline lacks is compared with the highest major version below it, which it
 * supersedes (the major bump covers every break). A major version that disappears without being
 * superseded is a removal, allowed only on or after its deprecation's removal date.
 *
 * <pre>{@code List<ContractComparison> result = new CatalogDiff(RuleTable.standard(), today).compare(v1, v2);}</pre>
 */
public final class CatalogDiff {
  private final RuleTable table;
  private final ContractDiff diff;
  private final LocalDate today;

  /** A diff that judges removal dates against {@code today}. */
  public CatalogDiff(RuleTable table, LocalDate today) {
    this.table = table;
    this.diff = new ContractDiff(table);
    this.today = today;
  }

  /** One comparison per contract (id and major version) on either side, sorted by id and version. */
  public List<ContractComparison> compare(List<Contract> baseline, List<Contract> current) {
    Map<String, NavigableMap<Integer, Contract>> before = index(baseline);
    Map<String, NavigableMap<Integer, Contract>> after = index(current);
    Set<String> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    List<ContractComparison> out = new ArrayList<>();
    for (String id : ids) {
      NavigableMap<Integer, Contract> olds = before.getOrDefault(id, new TreeMap<>());
      NavigableMap<Integer, Contract> news = after.getOrDefault(id, new TreeMap<>());
      Set<Integer> superseded = new TreeSet<>();
      for (Contract now : news.values()) {
        Map.Entry<Integer, Contract> base = olds.floorEntry(now.majorVersion());
        out.add(base == null ? added(now) : pair(base.getValue(), now));
        if (base != null) {
          superseded.add(base.getKey());
        }
      }
      for (Contract old : olds.values()) {
        if (!news.containsKey(old.majorVersion()) && !superseded.contains(old.majorVersion())) {
          out.add(removed(old, after));
        }
      }
    }
    out.sort(Comparator.comparing(ContractComparison::id)
        .thenComparing(c -> c.acceptanceVersion(), Comparator.comparing(CatalogDiff::semver)));
    return out;
  }

  private ContractComparison pair(Contract old, Contract now) {
    List<Change> changes = new ArrayList<>(diff.diff(old, now));
    Bump declared = Bump.between(semver(old.version()), semver(now.version()));
    if (declared == null) {
      changes.add(0, new Change(table.rule("version-decreased"), now.id(), "version", old.version(), now.version()));
      declared = Bump.NONE;
    }
    return new ContractComparison(now.id(), old.version(), now.version(), declared, changes);
  }

  private ContractComparison added(Contract now) {
    Change change = new Change(table.rule("contract-added"), now.id(), "", Changes.NONE, now.version());
    return new ContractComparison(now.id(), null, now.version(), Bump.MAJOR, List.of(change));
  }

  private ContractComparison removed(Contract old, Map<String, NavigableMap<Integer, Contract>> after) {
    String removal = old.deprecation() == null ? null : old.deprecation().removalDate();
    Change change;
    if (removal != null && !today.isBefore(date(removal))) {
      change = new Change(table.rule("contract-retired"), old.id(), "", old.version(), removal);
    } else {
      String replacement = old.deprecation() == null ? null : old.deprecation().replacement();
      if (replacement != null && !replacement.equals(old.id()) && after.containsKey(replacement)) {
        change = new Change(table.rule("contract-renamed"), old.id(), "", old.id(), replacement);
      } else {
        String why = removal == null
            ? "deprecate it with a removal date and remove it after that date"
            : "its removal date is " + removal;
        change = new Change(table.rule("contract-removed"), old.id(), "", old.version(), why);
      }
    }
    return new ContractComparison(old.id(), old.version(), null, Bump.NONE, List.of(change));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDate.MAX;
    }
  }

  private static SemVer semver(String version) {
    return SemVer.parse(version).orElse(new SemVer(0, 0, 0, version));
  }

  private static Map<String, NavigableMap<Integer, Contract>> index(List<Contract> contracts) {
    Map<String, NavigableMap<Integer, Contract>> out = new TreeMap<>();
    for (Contract c : contracts) {
      out.computeIfAbsent(c.id(), id -> new TreeMap<>()).merge(c.majorVersion(), c,
          (a, b) -> semver(a.version()).compareTo(semver(b.version())) >= 0 ? a : b);
    }
    return out;
  }
}
