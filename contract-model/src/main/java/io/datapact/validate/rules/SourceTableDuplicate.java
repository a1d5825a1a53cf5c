package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * Each contract lands in its own {@code source.table}: two contracts with different ids, or two
 * major versions of one id, may not name the same table, since each is loaded and typed by its own
 * contract. Reported on the later file; two files of one id and major are
 * {@link ContractDuplicate}'s business.
 */
public final class SourceTableDuplicate implements Rule {
  @Override
  public String id() {
    return "source-table-duplicate";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    String table = contract.source().table();
    if (table == null) {
      return;
    }
    for (LoadedContract earlier : catalog.withSourceTable(table)) {
      if (earlier == c) {
        return;
      }
      Contract other = earlier.contract();
      boolean sameVersion = other.id().equals(contract.id()) && other.majorVersion() == contract.majorVersion();
      if (!sameVersion) {
        report.at("/source/table", "source table '" + table + "' is already the source of " + other.id() + " "
            + other.version() + " in " + earlier.file(), other.id().equals(contract.id())
            ? "give each major version its own landing table" : "give each contract its own landing table");
        return;
      }
    }
  }
}
