package io.datapact.generator.sql.model;

/** Model of {@code alias.sql.ftl}: the unsuffixed name of a contract, a view of its latest major. */
public record AliasModel(String contract, String schema, String view, String target) {}
