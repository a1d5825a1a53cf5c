package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.validate.Pointer;
import java.util.List;
import java.util.Set;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * Keys can be compared for equality: primary key, unique, grain and SCD key fields are not of
 * type json, list or double (floating point values make unreliable keys).
 */
public final class KeyFieldType implements Rule {
  private static final Set<LogicalType.Base> UNFIT = Set.of(LogicalType.Base.JSON, LogicalType.Base.LIST,
      LogicalType.Base.DOUBLE);

  @Override
  public String id() {
    return "key-field-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    List<Field> fields = contract.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String role = role(contract, f);
      int index = i;
      Fields.type(f).filter(t -> role != null && UNFIT.contains(t.base())).ifPresent(t ->
          report.at(Pointer.field(index, "type"), "key field '" + f.name() + "' (" + role + ") is of type " + t
              + ", which cannot serve as a key", "use string, integer, long, decimal, date, timestamp or uuid"));
    }
  }

  /** Why the field is a key, in words; null when it is none. */
  private static String role(Contract contract, Field f) {
    if (f.primaryKey()) {
      return "primary key";
    } else if (f.unique()) {
      return "unique";
    } else if (contract.grain().contains(f.name())) {
      return "in the grain";
    } else if (contract.scd() != null && contract.scd().key().contains(f.name())) {
      return "in the SCD key";
    }
    return null;
  }
}
