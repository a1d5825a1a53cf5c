package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.Wire;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Transforms apply to string fields only: the staging view runs {@code trim}, {@code lower},
 * {@code upper} and {@code nullif(x, '')} on the raw column, which has the field's type.
 */
public final class TransformType implements Rule {
  @Override
  public String id() {
    return "transform-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.transform().isEmpty() || Fields.type(f).isEmpty()) {
        continue;
      }
      LogicalType type = Fields.type(f).get();
      if (type.base() != LogicalType.Base.STRING) {
        String transforms = f.transform().stream().map(Wire::of).collect(Collectors.joining(", "));
        report.atKey(Pointer.field(i, "transform"), "field '" + f.name() + "' is of type " + type
            + "; transforms (" + transforms + ") apply to strings", "remove 'transform' or make the field a string");
      }
    }
  }
}
