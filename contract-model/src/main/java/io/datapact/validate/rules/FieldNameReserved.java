package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that datapact adds to generated tables are not available for fields: every name that
 * starts with an underscore (audit columns such as {@code _loaded_at}) and, in dimensions, the
 * history columns.
 */
public final class FieldNameReserved implements Rule {
  /** Columns a dimension mart adds. */
  public static final Set<String> DIMENSION_COLUMNS = Set.of("valid_from", "valid_to", "is_current", "is_deleted");

  @Override
  public String id() {
    return "field-name-reserved";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).name();
      if (name.startsWith("_")) {
        report.at(Pointer.field(i, "name"), "field name '" + name + "' starts with '_', which datapact "
            + "reserves for audit columns", "rename the field and keep the raw name in 'sourceName'");
      } else if (c.contract().kind() == Kind.DIMENSION && DIMENSION_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
        report.at(Pointer.field(i, "name"), "field name '" + name + "' is a column every dimension mart "
            + "adds", "rename the field and keep the raw name in 'sourceName'");
      }
    }
  }
}
