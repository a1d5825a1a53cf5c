package io.datapact.model;

/** Inclusive bounds of a string's length in characters; either may be null. */
public record Length(Integer min, Integer max) {}
