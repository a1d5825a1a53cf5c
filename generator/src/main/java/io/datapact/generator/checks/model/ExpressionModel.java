package io.datapact.generator.checks.model;

/** Model of {@code tests/expression.sql.ftl}: the contract's expression over {@code t}, columns quoted. */
public record ExpressionModel(CheckTarget on, String condition) {}
