package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in a contract (the removal date) are real ISO dates. */
public final class DateInvalid implements Rule {
  @Override
  public String id() {
    return "date-invalid";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    var deprecation = c.contract().deprecation();
    if (deprecation == null || deprecation.removalDate() == null) {
      return;
    }
    try {
      LocalDate.parse(deprecation.removalDate());
    } catch (DateTimeParseException e) {
      report.at("/deprecation/removalDate", "'" + deprecation.removalDate() + "' is not a date",
          "write an ISO date, YYYY-MM-DD");
    }
  }
}
