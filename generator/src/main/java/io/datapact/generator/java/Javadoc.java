package io.datapact.generator.java;

/** Contract text made safe for Javadoc: no comment end, no tags, no HTML. */
final class Javadoc {
  private Javadoc() {}

  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("\\u", "&#92;u").replace("\r", "");
  }
}
