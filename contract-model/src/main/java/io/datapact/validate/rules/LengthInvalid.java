package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Lengths apply to strings, with min at most max. */
public final class LengthInvalid implements Rule {
  @Override
  public String id() {
    return "length-invalid";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.length() == null || Fields.type(f).isEmpty()) {
        continue;
      }
      LogicalType type = Fields.type(f).get();
      if (type.base() != LogicalType.Base.STRING) {
        report.atKey(Pointer.field(i, "length"), "field '" + f.name() + "' is of type " + type
            + "; lengths apply to strings", "remove 'length' or use 'range'");
      } else if (f.length().min() != null && f.length().max() != null && f.length().min() > f.length().max()) {
        report.at(Pointer.field(i, "length") + "/min", "field '" + f.name() + "': length min " + f.length().min()
            + " is greater than max " + f.length().max(), "swap the bounds or correct one");
      }
    }
  }
}
