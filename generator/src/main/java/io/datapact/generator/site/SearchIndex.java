package io.datapact.generator.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * The search index as a script, {@code window.DATAPACT_SEARCH = [...];}: a script loads from
 * {@code file://} where a fetched JSON file would not. Characters that could end a script element
 * or break a JavaScript string ({@code < > &}, every non-ASCII character) are written as
 * {@code \\uXXXX} escapes, so no contract text can run as code.
 */
final class SearchIndex {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
      .build();

  private SearchIndex() {}

  /** The script of the entries, in the order given, keys in insertion order. */
  static String script(List<Map<String, Object>> entries) {
    try {
      String json = JSON.writeValueAsString(entries)
          // Outside strings JSON has none of these characters, so replacing them everywhere is safe.
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
      return "window.DATAPACT_SEARCH = " + json + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the search index", e);
    }
  }
}
