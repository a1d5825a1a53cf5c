package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/**
 * A reference points at a key: a field that is unique, the primary key, the whole grain or the
 * whole SCD key of its contract; otherwise a lookup can match several rows and fan out.
 */
public final class ReferenceTargetNotUnique implements Rule {
  @Override
  public String id() {
    return "reference-target-not-unique";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (field.references() == null) {
        continue;
      }
      References.Target target = References.split(field.references());
      var contract = References.resolveContract(c, target, catalog).map(l -> l.contract());
      var referenced = contract.flatMap(t -> t.field(target.field()));
      if (referenced.isPresent() && !isKey(contract.get(), referenced.get())) {
        List<String> composite = compositeKeyOf(contract.get(), target.field());
        String why = composite.isEmpty() ? "which is not unique in " + target.contractId()
            : "which is only part of the key (" + String.join(", ", composite) + ") of " + target.contractId();
        report.at(Pointer.field(i, "references"), "field '" + field.name() + "' references "
            + field.references() + ", " + why, composite.isEmpty()
                ? "reference a unique or primary key field, or mark the target 'unique: true'"
                : "reference a unique or primary key field; part of a composite key matches several rows");
      }
    }
  }

  private static boolean isKey(Contract contract, Field field) {
    List<String> single = List.of(field.name());
    return field.unique() || field.primaryKey() || contract.grain().equals(single)
        || contract.scd() != null && contract.scd().key().equals(single);
  }

  /** The grain or SCD key that {@code name} is one of several fields of, or empty. */
  private static List<String> compositeKeyOf(Contract contract, String name) {
    if (contract.grain().contains(name)) {
      return contract.grain();
    }
    return contract.scd() != null && contract.scd().key().contains(name) ? contract.scd().key() : List.of();
  }
}
