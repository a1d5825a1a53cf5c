package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/** Masking is stated on PII fields: a masked field names its kind of personal data. */
public final class MaskingWithoutPii implements Rule {
  @Override
  public String id() {
    return "masking-without-pii";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.masking() != null && f.pii() == null) {
        report.at(Pointer.field(i, "masking"), "field '" + f.name() + "' has a masking but no 'pii' kind",
            "add 'pii:' with the kind of personal data it holds");
      }
    }
  }
}
