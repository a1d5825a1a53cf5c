package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Accepted values are values of the field's type; json and list fields have no accepted values. */
public final class EnumValueType implements Rule {
  @Override
  public String id() {
    return "enum-value-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      var type = Fields.type(field);
      if (type.isEmpty() || field.values().isEmpty()) {
        continue;
      }
      LogicalType.Base base = type.get().base();
      if (base == LogicalType.Base.JSON || base == LogicalType.Base.LIST) {
        report.atKey(Pointer.field(i, "enum"), "field '" + field.name() + "' is of type " + type.get()
            + ", whose values cannot be listed", "remove 'enum' or use a check");
        continue;
      }
      for (int j = 0; j < field.values().size(); j++) {
        try {
          Values.parse(type.get(), field.values().get(j));
        } catch (IllegalArgumentException e) {
          report.at(Pointer.field(i, "enum") + "/" + j, "field '" + field.name() + "': accepted value "
              + e.getMessage(), "list only values of type " + type.get());
          break;
        }
      }
    }
  }
}
