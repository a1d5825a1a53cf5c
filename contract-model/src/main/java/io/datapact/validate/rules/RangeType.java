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

/** Ranges apply to numeric and temporal fields, with bounds of the field's type. */
public final class RangeType implements Rule {
  @Override
  public String id() {
    return "range-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.range() == null || Fields.type(f).isEmpty()) {
        continue;
      }
      LogicalType type = Fields.type(f).get();
      if (!type.base().numeric() && !type.base().temporal()) {
        report.atKey(Pointer.field(i, "range"), "field '" + f.name() + "' is of type " + type
            + "; ranges apply to numbers, dates and timestamps", "use 'length' for strings or remove 'range'");
        continue;
      }
      bound(f, type, f.range().min(), Pointer.field(i, "range") + "/min", report);
      bound(f, type, f.range().max(), Pointer.field(i, "range") + "/max", report);
    }
  }

  private static void bound(Field f, LogicalType type, String value, String pointer, Reporter report) {
    if (value == null) {
      return;
    }
    try {
      Values.parse(type, value);
    } catch (IllegalArgumentException e) {
      report.at(pointer, "field '" + f.name() + "': range bound " + e.getMessage(),
          "write a bound of type " + type);
    }
  }
}
