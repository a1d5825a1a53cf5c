package io.datapact.model;

import java.util.List;

/**
 * How a dimension keeps history: type 0 (insert only), 1 (overwrite), 2 (versions) or 3 (previous value).
 *
 * @param key the business key
 * @param tracked fields whose change opens a new SCD2 version; empty means every non-key field
 * @param previous fields that keep their previous value in SCD3
 */
public record Scd(
    int type,
    List<String> key,
    String updatedAt,
    List<String> tracked,
    List<String> previous,
    HardDeletes deletes) {
  public Scd {
    key = Lists.copy(key);
    tracked = Lists.copy(tracked);
    previous = Lists.copy(previous);
    deletes = deletes == null ? HardDeletes.IGNORE : deletes;
  }
}
