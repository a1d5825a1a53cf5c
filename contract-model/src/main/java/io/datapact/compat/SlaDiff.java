package io.datapact.compat;

import io.datapact.model.Durations;
import io.datapact.model.Sla;
import java.math.BigDecimal;
import java.util.Objects;

/** Service-level changes: a promise made weaker is loosened, a stronger one tightened. */
final class SlaDiff {
  private static final Sla NO_SLA = new Sla(null, null, null, null);
  private static final Sla.Freshness NO_FRESHNESS = new Sla.Freshness(null, null, null);
  private static final Sla.Volume NO_VOLUME = new Sla.Volume(null, null, null);

  private SlaDiff() {}

  static void diff(Sla before, Sla after, Changes out) {
    Sla oldSla = before == null ? NO_SLA : before;
    Sla newSla = after == null ? NO_SLA : after;
    Sla.Freshness oldFresh = oldSla.freshness() == null ? NO_FRESHNESS : oldSla.freshness();
    Sla.Freshness newFresh = newSla.freshness() == null ? NO_FRESHNESS : newSla.freshness();
    out.ifDiffers("sla-changed", "sla.freshness.column", oldFresh.column(), newFresh.column());
    duration(oldFresh.warnAfter(), newFresh.warnAfter(), "sla.freshness.warnAfter", out);
    duration(oldFresh.errorAfter(), newFresh.errorAfter(), "sla.freshness.errorAfter", out);
    duration(oldSla.latency(), newSla.latency(), "sla.latency", out);
    Sla.Volume oldVolume = oldSla.volume() == null ? NO_VOLUME : oldSla.volume();
    Sla.Volume newVolume = newSla.volume() == null ? NO_VOLUME : newSla.volume();
    bound(oldVolume.minRows(), newVolume.minRows(), "sla.volume.minRows", false, out);
    bound(oldVolume.maxRows(), newVolume.maxRows(), "sla.volume.maxRows", true, out);
    bound(oldVolume.maxDailyChangePct(), newVolume.maxDailyChangePct(), "sla.volume.maxDailyChangePct", true, out);
    bound(oldSla.availability(), newSla.availability(), "sla.availability", false, out);
  }

  /** A longer allowed delay is looser; a delay no longer promised is looser still. */
  private static void duration(String before, String after, String path, Changes out) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null || after == null) {
      out.add(before == null ? "sla-tightened" : "sla-loosened", path, before, after);
      return;
    }
    int c = Durations.parse(after).compareTo(Durations.parse(before));
    if (c != 0) {
      out.add(c > 0 ? "sla-loosened" : "sla-tightened", path, before, after);
    }
  }

  /**
   * Compares a bound where a higher value is looser ({@code looserUp}) or tighter; a bound no longer
   * promised is looser, a new one tighter. Values are numbers or percentages such as {@code 99.5%}.
   */
  private static void bound(Object before, Object after, String path, boolean looserUp, Changes out) {
    BigDecimal a = number(before);
    BigDecimal b = number(after);
    if (a == null && b == null || a != null && b != null && a.compareTo(b) == 0) {
      return;
    }
    boolean looser = a == null || b == null ? b == null : b.compareTo(a) > 0 == looserUp;
    out.add(looser ? "sla-loosened" : "sla-tightened", path, before, after);
  }

  private static BigDecimal number(Object value) {
    return value == null ? null : new BigDecimal(value.toString().replace("%", "").trim());
  }
}
