package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import java.util.Optional;

/** Reference parsing shared by the reference rules. */
final class References {
  private References() {}

  /** {@code benefits.employees.employee_id} split into contract id and field. */
  record Target(String contractId, String field) {}

  static Target split(String reference) {
    int second = reference.indexOf('.', reference.indexOf('.') + 1);
    return new Target(reference.substring(0, second), reference.substring(second + 1));
  }

  /** The referenced contract: the same contract for a self reference, else the latest version. */
  static Optional<LoadedContract> resolveContract(LoadedContract from, Target target, Catalog catalog) {
    if (from.contract().id().equals(target.contractId())) {
      return Optional.of(from);
    }
    return catalog.latest(target.contractId());
  }

  /** The referenced field's contract and field, when both exist. */
  static Optional<io.datapact.model.Field> resolveField(LoadedContract from, String reference, Catalog catalog) {
    Target target = split(reference);
    return resolveContract(from, target, catalog).flatMap(c -> c.contract().field(target.field()));
  }
}
