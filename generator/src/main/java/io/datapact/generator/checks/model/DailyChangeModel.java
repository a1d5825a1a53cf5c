package io.datapact.generator.checks.model;

/** Model of {@code tests/daily_change.sql.ftl}: the quoted load-time column and the largest change in percent. */
public record DailyChangeModel(CheckTarget on, String loadedAt, String maxPct) {}
