package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.Wire;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** A masking fits the kind of personal data: 'year' for birth dates, 'initials' for names, and so on. */
public final class MaskingPii implements Rule {
  @Override
  public String id() {
    return "masking-pii";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.pii() != null && f.masking() != null && !f.pii().fitting().contains(f.masking())) {
        String fitting = f.pii().fitting().stream().sorted().map(Wire::of).collect(Collectors.joining(", "));
        report.at(Pointer.field(i, "masking"), "masking '" + Wire.of(f.masking()) + "' does not fit pii '"
            + Wire.of(f.pii()) + "' of field '" + f.name() + "'", "use one of " + fitting);
      }
    }
  }
}
