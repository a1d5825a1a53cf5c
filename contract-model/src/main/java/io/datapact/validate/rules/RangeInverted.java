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

/** A range's min is at most its max, compared as numbers, dates or timestamps. */
public final class RangeInverted implements Rule {
  @Override
  public String id() {
    return "range-inverted";
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.range() == null || f.range().min() == null || f.range().max() == null || Fields.type(f).isEmpty()) {
        continue;
      }
      LogicalType type = Fields.type(f).get();
      if (!type.base().numeric() && !type.base().temporal()) {
        continue; // range-type reports ranges on other types; as text, '5' > '10'
      }
      try {
        Comparable min = Values.parse(type, f.range().min());
        Comparable max = Values.parse(type, f.range().max());
        if (min.compareTo(max) > 0) {
          report.at(Pointer.field(i, "range") + "/min", "field '" + f.name() + "': range min " + f.range().min()
              + " is greater than max " + f.range().max(), "swap the bounds or correct one");
        }
      } catch (IllegalArgumentException e) {
        // range-type reports bounds of the wrong type
      }
    }
  }
}
