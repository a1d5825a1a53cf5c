package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Every field's type is a known logical type, spelled as the format says. */
public final class FieldTypeUnknown implements Rule {
  @Override
  public String id() {
    return "field-type-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      try {
        LogicalType.parse(fields.get(i).type());
      } catch (LogicalType.TypeSyntaxException e) {
        if (!e.bounds()) {
          report.at(Pointer.field(i, "type"), "field '" + fields.get(i).name() + "': " + e.getMessage(),
              "use one of " + LogicalType.known());
        }
      }
    }
  }
}
