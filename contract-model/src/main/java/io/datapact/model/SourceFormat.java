package io.datapact.model;

/** The file format raw data arrives in. */
public enum SourceFormat {
  CSV, JSONL, PARQUET
}
