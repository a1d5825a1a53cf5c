package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.Levenshtein;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.Comparator;
import java.util.List;

/** A reference names an existing field of a contract in the same repository. */
public final class ReferenceUnresolved implements Rule {
  @Override
  public String id() {
    return "reference-unresolved";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String ref = fields.get(i).references();
      if (ref == null) {
        continue;
      }
      References.Target target = References.split(ref);
      String pointer = Pointer.field(i, "references");
      var referenced = References.resolveContract(c, target, catalog);
      if (referenced.isEmpty()) {
        report.at(pointer, "field '" + fields.get(i).name() + "' references contract '" + target.contractId()
            + "', which is not defined", contractHint(target.contractId(), catalog));
      } else if (referenced.get().contract().field(target.field()).isEmpty()) {
        report.at(pointer, "field '" + fields.get(i).name() + "' references '" + target.field()
            + "', which is not a field of " + target.contractId(), Fields.hint(referenced.get().contract(), target.field()));
      }
    }
  }

  /** "did you mean" the closest contract id, when one is a likely typo (a few edits for a long id). */
  private static String contractHint(String id, Catalog catalog) {
    int limit = Math.max(2, id.length() / 5);
    return catalog.all().stream()
        .map(l -> l.contract().id())
        .distinct()
        .filter(known -> Levenshtein.distance(known, id) <= limit)
        .min(Comparator.comparingInt((String known) -> Levenshtein.distance(known, id)).thenComparing(k -> k))
        .map(known -> "did you mean '" + known + "'?")
        .orElse("add that contract or correct the id");
  }
}
