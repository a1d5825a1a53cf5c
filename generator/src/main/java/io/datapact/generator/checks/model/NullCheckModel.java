package io.datapact.generator.checks.model;

/** Model of {@code tests/not_null.sql.ftl}: the quoted column that may not be NULL. */
public record NullCheckModel(CheckTarget on, String column) {}
