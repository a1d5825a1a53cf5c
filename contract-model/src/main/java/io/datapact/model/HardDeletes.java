package io.datapact.model;

/** What an SCD2 dimension does with a key that disappears from the source. */
public enum HardDeletes {
  IGNORE, CLOSE, FLAG
}
