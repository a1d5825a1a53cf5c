package io.datapact.generator.checks.model;

/**
 * Model of {@code tests/freshness.sql.ftl}.
 *
 * @param column the quoted time column
 * @param newest the newest value over {@code t} as text, for the report
 * @param now the current time: the engine clock, or a literal a runner passes
 * @param maxAge the largest age as an interval
 */
public record FreshnessModel(CheckTarget on, String column, String newest, String now, String maxAge) {}
