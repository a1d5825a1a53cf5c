package io.datapact.validate.rules;

import io.datapact.model.Sla;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** Volume bounds are ordered: minRows is at most maxRows. */
public final class VolumeBounds implements Rule {
  @Override
  public String id() {
    return "volume-bounds";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    Sla sla = c.contract().sla();
    if (sla == null || sla.volume() == null) {
      return;
    }
    Sla.Volume v = sla.volume();
    if (v.minRows() != null && v.maxRows() != null && v.minRows() > v.maxRows()) {
      report.at("/sla/volume/minRows", "minRows " + v.minRows() + " is greater than maxRows " + v.maxRows(),
          "swap them or correct one");
    }
  }
}
