package io.datapact.generator.checks.model;

/** Model of {@code tests/pattern.sql.ftl}: the quoted column and the dialect's match of it over {@code t}. */
public record PatternModel(CheckTarget on, String column, String match) {}
