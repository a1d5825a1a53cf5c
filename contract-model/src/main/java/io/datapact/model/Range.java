package io.datapact.model;

/** Inclusive bounds of a numeric or temporal field, as written in the contract; either may be null. */
public record Range(String min, String max) {}
