package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import io.datapact.validate.Pointer;
import java.util.List;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * A reference joins values of compatible types: the same type, integer with long, or decimals of
 * the same scale.
 */
public final class ReferenceTypeMismatch implements Rule {
  @Override
  public String id() {
    return "reference-type-mismatch";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (field.references() == null) {
        continue;
      }
      var own = Fields.type(field);
      var other = References.resolveField(c, field.references(), catalog).flatMap(Fields::type);
      if (own.isPresent() && other.isPresent() && !compatible(own.get(), other.get())) {
        report.at(Pointer.field(i, "type"), "field '" + field.name() + "' is " + own.get() + " but references "
            + field.references() + " of type " + other.get(), "declare it as " + other.get());
      }
    }
  }

  static boolean compatible(LogicalType a, LogicalType b) {
    if (a.base() == Base.DECIMAL && b.base() == Base.DECIMAL) {
      return a.scale() == b.scale();
    }
    boolean aInt = a.base() == Base.INTEGER || a.base() == Base.LONG;
    boolean bInt = b.base() == Base.INTEGER || b.base() == Base.LONG;
    return aInt && bInt || a.equals(b);
  }
}
