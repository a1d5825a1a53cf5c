package io.datapact.generator.sql.model;

/** Model of {@code staging.sql.ftl}: the cleaned, de-duplicated view without deleted rows. */
public record StagingModel(String contract, String schema, String view, StagedSource source) {}
