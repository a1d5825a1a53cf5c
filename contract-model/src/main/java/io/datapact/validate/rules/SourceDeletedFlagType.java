package io.datapact.validate.rules;

import io.datapact.model.LogicalType;
import io.datapact.model.Source;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * source.deletedFlag names a boolean field: the staging view and the SCD2 history read it as a
 * condition ({@code coalesce(flag, false)}). A flag that names no field is reported by
 * {@link SourceFieldUnknown}.
 */
public final class SourceDeletedFlagType implements Rule {
  @Override
  public String id() {
    return "source-deleted-flag-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Source source = c.contract().source();
    if (source.deletedFlag() == null) {
      return;
    }
    c.contract().field(source.deletedFlag()).flatMap(Fields::type)
        .filter(t -> t.base() != LogicalType.Base.BOOLEAN)
        .ifPresent(t -> report.at("/source/deletedFlag", "deleted flag '" + source.deletedFlag()
            + "' is of type " + t + ", not boolean", "point it at a boolean field, or make that field boolean"));
  }
}
