package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Patterns apply to string fields. */
public final class PatternType implements Rule {
  @Override
  public String id() {
    return "pattern-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      int index = i;
      Fields.type(f).filter(t -> f.pattern() != null && t.base() != LogicalType.Base.STRING).ifPresent(t ->
          report.atKey(Pointer.field(index, "pattern"), "field '" + f.name() + "' is of type " + t
              + "; patterns apply to strings", "remove 'pattern' or use 'range' / 'enum'"));
    }
  }
}
