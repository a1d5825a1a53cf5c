package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Every PII field carries a classification, so that access reviews see how sensitive it is. */
public final class PiiClassificationMissing implements Rule {
  @Override
  public String id() {
    return "pii-classification-missing";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.pii() != null && f.classification() == null) {
        report.at(Pointer.field(i, "pii"), "PII field '" + f.name() + "' has no classification",
            "add 'classification: confidential' or 'restricted'");
      }
    }
  }
}
