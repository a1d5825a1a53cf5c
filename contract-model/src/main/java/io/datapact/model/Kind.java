package io.datapact.model;

/** What a dataset is in the pipeline: a landed source, a dimension or a fact. */
public enum Kind {
  SOURCE, DIMENSION, FACT
}
