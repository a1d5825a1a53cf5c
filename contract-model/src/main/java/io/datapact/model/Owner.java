package io.datapact.model;

/** The team that answers for a contract. */
public record Owner(String team, String email) {}
