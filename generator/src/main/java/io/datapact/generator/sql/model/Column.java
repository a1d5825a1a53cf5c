package io.datapact.generator.sql.model;

/** A column for a CREATE TABLE: quoted name and SQL type. */
public record Column(String name, String type) {}
