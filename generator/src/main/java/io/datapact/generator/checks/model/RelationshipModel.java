package io.datapact.generator.checks.model;

/** Model of {@code tests/relationships.sql.ftl}: the referencing column and the referenced table and column, quoted. */
public record RelationshipModel(CheckTarget on, String column, String parent, String parentColumn) {}
