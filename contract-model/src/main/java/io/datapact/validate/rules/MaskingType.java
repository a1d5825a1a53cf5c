package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.Masking;
import io.datapact.model.Wire;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.util.List;

/**
 * A masking can be computed on the field's type: partial, last4, initials and redact work on
 * strings, year on dates and timestamps; hash and null on anything.
 */
public final class MaskingType implements Rule {
  @Override
  public String id() {
    return "masking-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.pii() == null || Fields.type(f).isEmpty()) {
        continue;
      }
      Masking masking = f.masking() != null ? f.masking() : f.pii().defaultMasking();
      LogicalType type = Fields.type(f).get();
      if (!fits(masking, type.base())) {
        String pointer = f.masking() != null ? Pointer.field(i, "masking") : Pointer.field(i, "pii");
        report.at(pointer, "field '" + f.name() + "' of type " + type + " cannot be masked by '"
            + Wire.of(masking) + "'" + (f.masking() == null ? " (the default for pii " + Wire.of(f.pii()) + ")" : ""),
            "use 'hash' or 'null', or change the type");
      }
    }
  }

  static boolean fits(Masking masking, LogicalType.Base base) {
    return switch (masking) {
      case HASH, NULL -> true;
      case YEAR -> base.temporal();
      case PARTIAL, LAST4, INITIALS, REDACT -> base == LogicalType.Base.STRING;
    };
  }
}
