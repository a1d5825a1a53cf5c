package io.datapact.model;

/** Service levels the producer promises. */
public record Sla(Freshness freshness, Volume volume, String latency, String availability) {

  /** How old the newest row may be before a warning and before an error. */
  public record Freshness(String column, String warnAfter, String errorAfter) {}

  /** Row count bounds and the largest day-over-day change in percent. */
  public record Volume(Long minRows, Long maxRows, Double maxDailyChangePct) {}
}
