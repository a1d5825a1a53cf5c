package io.datapact.validate.rules;

import io.datapact.model.Contract;
import io.datapact.model.Scd;
import io.datapact.model.Sla;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * Columns that order rows in time are dates or timestamps: {@code incremental.timeColumn},
 * {@code scd.updatedAt} and {@code sla.freshness.column}, when they name a field, are of type
 * date, timestamp or timestamptz. The load-time column is a timestamp by construction. A name
 * that is no field at all is reported by the rules for unknown fields.
 */
public final class TimeColumnType implements Rule {
  @Override
  public String id() {
    return "time-column-type";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Contract contract = c.contract();
    String orLoadTime = ", or use the load time column '" + contract.source().loadedAt() + "'";
    if (contract.incremental() != null) {
      check(contract, contract.incremental().timeColumn(), "/incremental/timeColumn", "incremental time column",
          orLoadTime, report);
    }
    Scd scd = contract.scd();
    if (scd != null) {
      check(contract, scd.updatedAt(), "/scd/updatedAt", "SCD updatedAt column",
          ", or remove 'updatedAt' to order versions by load time", report);
    }
    Sla sla = contract.sla();
    if (sla != null && sla.freshness() != null) {
      check(contract, sla.freshness().column(), "/sla/freshness/column", "freshness column", orLoadTime, report);
    }
  }

  private static void check(Contract contract, String column, String pointer, String what, String orElse,
      Reporter report) {
    if (column == null) {
      return;
    }
    contract.field(column).flatMap(Fields::type)
        .filter(t -> !t.base().temporal())
        .ifPresent(t -> report.at(pointer, what + " '" + column + "' is of type " + t
            + ", not a date or timestamp", "point it at a date, timestamp or timestamptz field" + orElse));
  }
}
