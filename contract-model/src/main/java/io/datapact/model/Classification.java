package io.datapact.model;

/** How sensitive a field is, from least to most sensitive. */
public enum Classification {
  PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED
}
