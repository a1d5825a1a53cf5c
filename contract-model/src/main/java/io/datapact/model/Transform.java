package io.datapact.model;

/** A clean-up the staging view applies to a field, in the order listed. */
public enum Transform {
  TRIM, LOWER, UPPER, NULL_IF_EMPTY
}
