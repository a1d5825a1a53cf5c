package io.datapact.model;

/** How a fact is updated incrementally. */
public enum IncrementalStrategy {
  MERGE, APPEND
}
