package io.datapact.validate.rules;

import io.datapact.model.Classification;
import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Personal data is never classified public. */
public final class PiiClassificationPublic implements Rule {
  @Override
  public String id() {
    return "pii-classification-public";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.pii() != null && f.classification() == Classification.PUBLIC) {
        report.at(Pointer.field(i, "classification"), "PII field '" + f.name() + "' is classified public",
            "classify it internal, confidential or restricted");
      }
    }
  }
}
