package io.datapact.model;

import java.util.EnumSet;
import java.util.Set;

/** The kind of personal data a field holds, with its default masking and the maskings that fit it. */
public enum PiiKind {
  EMAIL(Masking.PARTIAL, Masking.HASH, Masking.REDACT, Masking.NULL),
  PHONE(Masking.LAST4, Masking.PARTIAL, Masking.HASH, Masking.REDACT, Masking.NULL),
  SSN(Masking.LAST4, Masking.HASH, Masking.REDACT, Masking.NULL),
  CREDIT_CARD(Masking.LAST4, Masking.HASH, Masking.REDACT, Masking.NULL),
  NAME(Masking.INITIALS, Masking.HASH, Masking.REDACT, Masking.NULL),
  ADDRESS(Masking.REDACT, Masking.HASH, Masking.NULL),
  IP(Masking.PARTIAL, Masking.HASH, Masking.REDACT, Masking.NULL),
  BIRTH_DATE(Masking.YEAR, Masking.HASH, Masking.NULL),
  FREE_TEXT(Masking.REDACT, Masking.HASH, Masking.NULL);

  private final Masking defaultMasking;
  private final Set<Masking> fitting;

  PiiKind(Masking defaultMasking, Masking... others) {
    this.defaultMasking = defaultMasking;
    this.fitting = EnumSet.of(defaultMasking, others);
  }

  /** The masking used when a field names none. */
  public Masking defaultMasking() {
    return defaultMasking;
  }

  /** The maskings that make sense for this kind of data. */
  public Set<Masking> fitting() {
    return Set.copyOf(fitting);
  }
}
