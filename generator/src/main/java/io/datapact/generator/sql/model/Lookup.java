package io.datapact.generator.sql.model;

/**
 * A dimension key looked up for a fact: LEFT JOIN {@code dimension alias ON condition}, then
 * {@code coalesce(alias.sk, unknown) AS out}.
 */
public record Lookup(String alias, String dimension, String condition, String sk, String out) {}
