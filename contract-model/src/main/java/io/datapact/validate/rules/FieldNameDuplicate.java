package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Field names are unique ignoring case, since engines fold unquoted names and users mix them. */
public final class FieldNameDuplicate implements Rule {
  @Override
  public String id() {
    return "field-name-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Map<String, Integer> seen = new HashMap<>();
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).name();
      Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (first != null) {
        report.at(Pointer.field(i, "name"), "field '" + name + "' is declared twice (first as fields["
            + first + "] '" + fields.get(first).name() + "')", "rename or remove one of them");
      }
    }
  }
}
