package io.datapact.generator.sql.model;

/** {@code expression AS alias}, both already quoted and escaped. */
public record Projection(String expression, String alias) {}
