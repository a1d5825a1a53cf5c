package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Catalog;
import io.datapact.validate.Levenshtein;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;
import java.util.Locale;

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
      String type = fields.get(i).type();
      try {
        LogicalType.parse(type);
      } catch (LogicalType.TypeSyntaxException e) {
        if (!e.bounds()) {
          report.at(Pointer.field(i, "type"), "field '" + fields.get(i).name() + "': " + e.getMessage(), hint(type));
        }
      }
    }
  }

  /** Json for nested lists; lower case when that is all that is wrong; else the closest base type or every type. */
  private static String hint(String type) {
    String written = type == null ? "" : type.trim();
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.matches("list<\\s*list<.*")) {
      return "use json for nested lists";
    }
    if (!lower.equals(written) && parses(lower)) {
      return "types are lower case: write '" + lower + "'";
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (LogicalType.Base base : LogicalType.Base.values()) {
      String name = base.name().toLowerCase(Locale.ROOT);
      int d = Levenshtein.distance(name, lower);
      if (base != LogicalType.Base.DECIMAL && base != LogicalType.Base.LIST && d < best) {
        best = d;
        closest = name;
      }
    }
    if (closest != null && best <= 2 && !lower.contains("<") && !lower.contains("(")) {
      return "did you mean '" + closest + "'?";
    }
    return "use one of " + LogicalType.known();
  }

  private static boolean parses(String type) {
    try {
      LogicalType.parse(type);
      return true;
    } catch (LogicalType.TypeSyntaxException e) {
      return false;
    }
  }
}
