package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** A reference names an existing field of a contract in the same repository. */
public final class ReferenceUnresolved implements Rule {
  @Override
  public String id() {
    return "reference-unresolved";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String ref = fields.get(i).references();
      if (ref == null) {
        continue;
      }
      References.Target target = References.split(ref);
      String pointer = Pointer.field(i, "references");
      var referenced = References.resolveContract(c, target, catalog);
      if (referenced.isEmpty()) {
        report.at(pointer, "field '" + fields.get(i).name() + "' references contract '" + target.contractId()
            + "', which is not defined", ContractIds.hint(target.contractId(), catalog, "add that contract or correct the id"));
      } else if (referenced.get().contract().field(target.field()).isEmpty()) {
        report.at(pointer, "field '" + fields.get(i).name() + "' references '" + target.field()
            + "', which is not a field of " + target.contractId(), Fields.hint(referenced.get().contract(), target.field()));
      }
    }
  }
}
