package io.datapact.model;

/** When a deprecated contract may be removed and what replaces it. */
public record Deprecation(String removalDate, String replacement, String reason) {}
