package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Source;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * source.loadedAt (unless the audit column {@code _loaded_at}) and source.deletedFlag name fields.
 * The type of the flag is {@link SourceDeletedFlagType}'s business.
 */
public final class SourceFieldUnknown implements Rule {
  @Override
  public String id() {
    return "source-field-unknown";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    Source source = contract.source();
    if (!Source.DEFAULT_LOADED_AT.equals(source.loadedAt())) {
      Fields.requireExisting(contract, source.loadedAt(), "/source/loadedAt", "load time column", report);
    }
    Fields.requireExisting(contract, source.deletedFlag(), "/source/deletedFlag", "deleted flag", report);
  }
}
