package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.Values;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each accepted value is listed once. Values are compared as values of the field's type, so
 * {@code 1} and {@code 1.0} of a decimal are the same value; text that does not parse (reported
 * by enum-value-type) is compared as written.
 */
public final class EnumValueDuplicate implements Rule {
  @Override
  public String id() {
    return "enum-value-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Optional<LogicalType> type = Fields.type(fields.get(i));
      List<Object> seen = new ArrayList<>();
      List<String> values = fields.get(i).values();
      for (int j = 0; j < values.size(); j++) {
        Object value = comparable(type, values.get(j));
        int first = indexOf(seen, value);
        if (first >= 0) {
          String same = values.get(first).equals(values.get(j)) ? "" : " (same as '" + values.get(first) + "')";
          report.at(Pointer.field(i, "enum") + "/" + j, "field '" + fields.get(i).name() + "': value '"
              + values.get(j) + "'" + same + " is listed twice", "remove the repeated value");
        }
        seen.add(value);
      }
    }
  }

  /** The value as its type reads it, or the text when it does not parse. */
  private static Object comparable(Optional<LogicalType> type, String text) {
    try {
      return type.isPresent() ? Values.parse(type.get(), text) : text;
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** The first index of an equal value; numbers are equal when they compare equal (1 = 1.0). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int indexOf(List<Object> seen, Object value) {
    for (int k = 0; k < seen.size(); k++) {
      Object other = seen.get(k);
      boolean equal = other.getClass() == value.getClass() && value instanceof Comparable cmp
          ? cmp.compareTo(other) == 0 : other.equals(value);
      if (equal) {
        return k;
      }
    }
    return -1;
  }
}
