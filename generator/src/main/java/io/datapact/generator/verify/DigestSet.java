package io.datapact.generator.verify;

import java.util.List;

/**
 * A set of 64-bit digests of values, for keeping drawn keys unique: open addressing over a
 * {@code long[]}, no boxing. Two different values with the same digest count as equal, so a value
 * is at worst drawn again: never a duplicate. Digests use only hash codes the Java platform
 * specifies (strings, numbers, dates, lists), so the rows are the same on every machine.
 */
final class DigestSet {
  private long[] slots;
  private int size;

  /** A set sized for about {@code expected} values. */
  DigestSet(int expected) {
    slots = new long[Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1];
  }

  /** Adds the value's digest; false when it (or a value with the same digest) is in the set already. */
  boolean add(Object value) {
    long digest = digest(value);
    if (digest == 0) {
      digest = 1; // 0 marks an empty slot
    }
    int mask = slots.length - 1;
    for (int i = (int) digest & mask; ; i = (i + 1) & mask) {
      if (slots[i] == 0) {
        slots[i] = digest;
        if (++size * 2 > slots.length) {
          grow();
        }
        return true;
      }
      if (slots[i] == digest) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long digest : old) {
      if (digest != 0) {
        int i = (int) digest & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = digest;
      }
    }
  }

  /** 64 bits of a value: FNV-1a over a string's characters, the mixed hash code of anything else. */
  static long digest(Object value) {
    if (value instanceof String s) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < s.length(); i++) {
        h = (h ^ s.charAt(i)) * 0x100000001b3L;
      }
      return RowFactory.mix(h);
    }
    if (value instanceof List<?> list) {
      long h = 17;
      for (Object element : list) {
        h = RowFactory.mix(h * 31 + (element == null ? 0 : digest(element)));
      }
      return h;
    }
    return RowFactory.mix(value.hashCode());
  }
}
