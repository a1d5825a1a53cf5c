package io.datapact.validate;

import io.datapact.model.Contract;
import io.datapact.yaml.Pointers;

/** JSON pointers to the parts of a contract that rules report on. */
public final class Pointer {
  private Pointer() {}

  /** The pointer of field {@code index}. */
  public static String field(int index) {
    return "/fields/" + index;
  }

  /** The pointer of a key inside field {@code index}. */
  public static String field(int index, String key) {
    return Pointers.member(field(index), key);
  }

  /** The pointer of the field named {@code name}, or of {@code /fields} when there is none. */
  public static String field(Contract contract, String name) {
    for (int i = 0; i < contract.fields().size(); i++) {
      if (contract.fields().get(i).name().equals(name)) {
        return field(i);
      }
    }
    return "/fields";
  }

  /** Joins path segments: {@code of("scd", "key", 0) -> /scd/key/0}. */
  public static String of(Object... segments) {
    String pointer = "";
    for (Object segment : segments) {
      pointer = Pointers.member(pointer, String.valueOf(segment));
    }
    return pointer;
  }
}
