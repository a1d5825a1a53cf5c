package io.datapact.interop;

/**
 * Custom properties by which an ODCS file carries what ODCS has no place for (kind, history,
 * incremental loads, masking, ...). The ODCS exporter writes them and the importer reads them, so
 * that importing an exported file gives back the same contract. Other tools ignore them.
 */
public final class OdcsExtensions {
  /** On a schema object: {@code source}, {@code dimension} or {@code fact}. */
  public static final String KIND = "datapact.kind";
  /** On a schema object: the grain, a list of field names. */
  public static final String GRAIN = "datapact.grain";
  /** On a schema object: the {@code scd} mapping of a native contract. */
  public static final String SCD = "datapact.scd";
  /** On a schema object: the {@code incremental} mapping of a native contract. */
  public static final String INCREMENTAL = "datapact.incremental";
  /** On a schema object: {@code format}, {@code loadedAt} and {@code deletedFlag} of {@code source}. */
  public static final String SOURCE = "datapact.source";
  /** On a schema object: the {@code deprecation} mapping of a native contract. */
  public static final String DEPRECATION = "datapact.deprecation";
  /** On a schema object: {@code sla.freshness.warnAfter}; {@code errorAfter} is the freshness SLA property. */
  public static final String WARN_AFTER = "datapact.freshnessWarnAfter";
  /** On a schema object: {@code sla.volume.maxDailyChangePct}. */
  public static final String MAX_DAILY_CHANGE = "datapact.maxDailyChangePct";
  /** On a property: the PII kind. */
  public static final String PII = "datapact.pii";
  /** On a property: the masking. */
  public static final String MASKING = "datapact.masking";
  /** On a property: the staging clean-ups, a list. */
  public static final String TRANSFORM = "datapact.transform";
  /** On a relationship: the referenced field as {@code domain.name.field}. */
  public static final String REFERENCES = "datapact.references";
  /** On a role: {@code false} when the role reads PII unmasked. */
  public static final String MASKED = "datapact.masked";
  /** On a role: the row filter expression. */
  public static final String ROW_FILTER = "datapact.rowFilter";
  /** SLA property name of freshness (age of the newest row); not one of ODCS's own names. */
  public static final String FRESHNESS = "freshness";
  /** SLA property name of availability as a percentage; not one of ODCS's own names. */
  public static final String AVAILABILITY = "availability";

  private OdcsExtensions() {}
}
