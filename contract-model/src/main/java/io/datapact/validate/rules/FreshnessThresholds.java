package io.datapact.validate.rules;

import io.datapact.model.Sla;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.math.BigInteger;

/** A freshness warning comes before the error: warnAfter is shorter than errorAfter. */
public final class FreshnessThresholds implements Rule {
  @Override
  public String id() {
    return "freshness-thresholds";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Sla sla = c.contract().sla();
    if (sla == null || sla.freshness() == null || sla.freshness().warnAfter() == null) {
      return;
    }
    Sla.Freshness f = sla.freshness();
    if (seconds(f.warnAfter()).compareTo(seconds(f.errorAfter())) >= 0) {
      report.at("/sla/freshness/warnAfter", "warnAfter " + f.warnAfter() + " is not shorter than errorAfter "
          + f.errorAfter(), "warn before the error: make warnAfter shorter");
    }
  }

  /**
   * A duration in seconds. The schema has checked the form ({@code 15m}) but not the size, so this
   * counts in BigInteger: {@code Durations.parse} overflows on amounts beyond a long.
   */
  static BigInteger seconds(String duration) {
    BigInteger amount = new BigInteger(duration.substring(0, duration.length() - 1));
    long unit = switch (duration.charAt(duration.length() - 1)) {
      case 'm' -> 60;
      case 'h' -> 3_600;
      case 'd' -> 86_400;
      default -> 1;
    };
    return amount.multiply(BigInteger.valueOf(unit));
  }
}
