package io.datapact.generator.sql;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.SemVer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contracts of one generation run with their object names. */
public final class PipelineCatalog {
  private final List<Contract> contracts;
  private final Map<Contract, ObjectNames> names;

  public PipelineCatalog(List<Contract> contracts) {
    this.contracts = contracts.stream()
        .sorted(Comparator.comparing(Contract::id).thenComparing(c -> SemVer.parse(c.version()).orElseThrow()))
        .toList();
    this.names = ObjectNames.of(this.contracts);
  }

  /** Every contract, sorted by id and version. */
  public List<Contract> contracts() {
    return contracts;
  }

  /** The names of a contract's objects. */
  public ObjectNames names(Contract contract) {
    return names.get(contract);
  }

  /** The latest version of a contract id. */
  public Optional<Contract> latest(String id) {
    return contracts.stream().filter(c -> c.id().equals(id))
        .max(Comparator.comparing(c -> SemVer.parse(c.version()).orElseThrow()));
  }

  /**
   * The marts a contract's mart joins to look up dimension keys: the mart of the latest version of
   * every other contract one of its fields references, in field order (a source has none).
   */
  public List<Relation> joined(Contract contract) {
    List<Relation> out = new ArrayList<>();
    for (Field f : contract.fields()) {
      if (f.references() == null) {
        continue;
      }
      String id = f.references().substring(0, f.references().indexOf('.', f.references().indexOf('.') + 1));
      if (!id.equals(contract.id())) {
        latest(id).map(this::names).flatMap(ObjectNames::mart).filter(m -> !out.contains(m)).ifPresent(out::add);
      }
    }
    return out;
  }
}
