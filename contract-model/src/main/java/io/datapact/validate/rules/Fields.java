package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Levenshtein;
import io.datapact.validate.Reporter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small lookups that several rules share. */
final class Fields {
  private Fields() {}

  /** The field's type, or empty when it does not parse (another rule reports that). */
  static Optional<LogicalType> type(Field field) {
    try {
      return Optional.of(LogicalType.parse(field.type()));
    } catch (LogicalType.TypeSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Reports each name in {@code names} (at {@code pointer}/i) that is not a field of the contract. */
  static void requireExisting(Contract contract, List<String> names, String pointer, String what, Reporter report) {
    for (int i = 0; i < names.size(); i++) {
      requireExisting(contract, names.get(i), pointer + "/" + i, what, report);
    }
  }

  /** Reports {@code name} at {@code pointer} when it is not a field of the contract. */
  static void requireExisting(Contract contract, String name, String pointer, String what, Reporter report) {
    if (name != null && contract.field(name).isEmpty()) {
      report.at(pointer, what + " '" + name + "' is not a field of " + contract.id(), hint(contract, name));
    }
  }

  /** "did you mean" the closest field name, or the list of fields. */
  static String hint(Contract contract, String name) {
    List<String> names = contract.fields().stream().map(Field::name).toList();
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : names) {
      int d = Levenshtein.distance(candidate.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        closest = candidate;
      }
    }
    if (closest != null && best <= 2) {
      return "did you mean '" + closest + "'?";
    }
    return "fields are: " + String.join(", ", names);
  }
}
