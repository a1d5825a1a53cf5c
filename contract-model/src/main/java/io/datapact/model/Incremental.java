package io.datapact.model;

/**
 * How a fact loads only new and late rows.
 *
 * @param lookback how far before the newest loaded time late rows are still picked up, or null
 */
public record Incremental(IncrementalStrategy strategy, String timeColumn, String lookback) {}
