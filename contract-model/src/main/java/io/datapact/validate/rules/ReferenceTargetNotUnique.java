package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.validate.Pointer;
import java.util.List;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

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
        report.at(Pointer.field(i, "references"), "field '" + field.name() + "' references "
            + field.references() + ", which is not unique in " + target.contractId(),
            "reference a unique or primary key field, or mark the target 'unique: true'");
      }
    }
  }

  private static boolean isKey(Contract contract, Field field) {
    List<String> single = List.of(field.name());
    return field.unique() || field.primaryKey() || contract.grain().equals(single)
        || contract.scd() != null && contract.scd().key().equals(single);
  }
}
