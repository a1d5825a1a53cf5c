package io.datapact.model;

/**
 * Where raw rows land and how they arrive.
 *
 * @param loadedAt column holding the load time, {@value #DEFAULT_LOADED_AT} unless stated
 * @param deletedFlag boolean field marking a row deleted upstream, or null
 */
public record Source(String table, SourceFormat format, String loadedAt, String deletedFlag) {
  /** The audit column every raw table has. */
  public static final String DEFAULT_LOADED_AT = "_loaded_at";

  public Source {
    format = format == null ? SourceFormat.CSV : format;
    loadedAt = loadedAt == null ? DEFAULT_LOADED_AT : loadedAt;
  }
}
