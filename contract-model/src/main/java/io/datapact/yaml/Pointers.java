package io.datapact.yaml;

/** JSON pointers (RFC 6901) and their display form {@code fields[2].type}. */
public final class Pointers {
  private Pointers() {}

  /** Appends a member name, escaping {@code ~} and {@code /}. */
  public static String member(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Appends an array index. */
  public static String index(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** {@code /fields/2/type -> fields[2].type}; the root is the empty string. */
  public static String display(String pointer) {
    StringBuilder out = new StringBuilder();
    if (pointer.isEmpty()) {
      return "";
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }
}
