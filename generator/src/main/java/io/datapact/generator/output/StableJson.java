package io.datapact.generator.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON layout of every file datapact writes (pipeline.json, verify and review reports):
 * two-space indent, LF line ends on every platform, a final newline. The key order is the
 * mapper's business.
 */
public final class StableJson {
  private StableJson() {}

  /**
   * {@code root} as JSON in that layout.
   *
   * @param what names the document in the error if it cannot be written
   */
  public static String write(ObjectMapper mapper, Object root, String what) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + what, e);
    }
  }
}
