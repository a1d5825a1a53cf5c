package io.datapact.validate.rules;

import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a contract (the removal date) are real ISO dates. A date in the right form but with no
 * such day, like 2027-02-30, is told apart from one in the wrong form, like 28.02.2027.
 */
public final class DateInvalid implements Rule {
  private static final Pattern ISO_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

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
    String date = deprecation.removalDate();
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      Matcher iso = ISO_FORM.matcher(date);
      if (iso.matches()) {
        report.at("/deprecation/removalDate", "'" + date + "' is not a date: " + noSuchDay(iso),
            "check the month and the day");
      } else {
        report.at("/deprecation/removalDate", "'" + date + "' is not a date", "write an ISO date, YYYY-MM-DD");
      }
    }
  }

  /** Why a date of the form YYYY-MM-DD does not exist: no such month, or no such day in it. */
  private static String noSuchDay(Matcher iso) {
    int month = Integer.parseInt(iso.group(2));
    if (month < 1 || month > 12) {
      return "there is no month " + month;
    }
    if (Integer.parseInt(iso.group(3)) == 0) {
      return "there is no day 0";
    }
    try {
      YearMonth yearMonth = YearMonth.of(Integer.parseInt(iso.group(1)), month);
      String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return name + " " + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days";
    } catch (DateTimeException e) {
      return "no such day";
    }
  }
}
