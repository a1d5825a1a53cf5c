package io.datapact.generator.site;

/** Escaping for text written into HTML, SVG and the search index outside the templates. */
final class Html {
  private Html() {}

  /** Text safe in element content and in quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A file or anchor name made of {@code [A-Za-z0-9._-]} only; anything else becomes {@code _}. */
  static String slug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
          || c == '_';
      out.append(plain ? c : '_');
    }
    // Never "." or "..": those would leave the folder.
    return out.toString().replace(".", "").isEmpty() ? "_" + out : out.toString();
  }
}
