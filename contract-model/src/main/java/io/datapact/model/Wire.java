package io.datapact.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The spelling of model enums in contract files: the constant's name in lower case. */
public final class Wire {
  private Wire() {}

  /** {@code CREDIT_CARD -> credit_card}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Every spelling of an enum, comma separated, for messages. */
  public static String all(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Wire::of).collect(Collectors.joining(", "));
  }
}
