package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Pointer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Each accepted value is listed once. */
public final class EnumValueDuplicate implements Rule {
  @Override
  public String id() {
    return "enum-value-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Set<String> seen = new HashSet<>();
      List<String> values = fields.get(i).values();
      for (int j = 0; j < values.size(); j++) {
        if (!seen.add(values.get(j))) {
          report.at(Pointer.field(i, "enum") + "/" + j, "field '" + fields.get(i).name() + "': value '"
              + values.get(j) + "' is listed twice", "remove the repeated value");
        }
      }
    }
  }
}
