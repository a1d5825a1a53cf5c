package io.datapact.generator.checks.model;

/**
 * Model of {@code tests/range.sql.ftl} (values) and {@code tests/length.sql.ftl} (lengths): inclusive
 * bounds as literals, either null when open.
 */
public record BoundsModel(CheckTarget on, String column, String min, String max) {}
