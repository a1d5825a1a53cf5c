package io.datapact.generator.checks.model;

/** Model of {@code tests/volume.sql.ftl}: the fewest and most rows, either null when open. */
public record VolumeModel(CheckTarget on, String min, String max) {}
