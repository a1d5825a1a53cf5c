package io.datapact.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The acceptances file: known breaks accepted with a justification, each for one contract version.
 *
 * <pre>
 * accepted:
 *   - contract: benefits.plans
 *     version: "1.5.0"
 *     rule: field-removed
 *     path: "fields.carrier"
 *     justification: "the only consumer moved to carrier_name in 1.4.0"
 * </pre>
 */
public final class Acceptances {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> KEYS = List.of("contract", "version", "rule", "path", "justification");

  private Acceptances() {}

  /** Thrown for a file that cannot be read; the message names the file and the entry. */
  public static final class InvalidAcceptancesException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidAcceptancesException(String message) {
      super(message);
    }
  }

  /** Reads {@code file}; a missing file accepts nothing. */
  public static List<Acceptance> read(Path file, String display) throws InvalidAcceptancesException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), display);
    } catch (IOException e) {
      throw new InvalidAcceptancesException(display + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses the text of an acceptances file. */
  public static List<Acceptance> parse(String text, String display) throws InvalidAcceptancesException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new InvalidAcceptancesException(display + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    JsonNode entries = root.path("accepted");
    if (!root.isObject() || !entries.isArray() && !entries.isMissingNode()) {
      throw new InvalidAcceptancesException(display + ": expected a list under 'accepted'");
    }
    List<Acceptance> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String where = display + ": accepted[" + i + "]";
      for (String key : KEYS) {
        JsonNode value = entry.get(key);
        boolean optional = key.equals("path");
        if ((value == null || !value.isValueNode() || value.asText().isBlank()) && !optional) {
          throw new InvalidAcceptancesException(where + ": '" + key + "' is missing"
              + (key.equals("justification") ? "; say why consumers can live with this break" : ""));
        }
      }
      out.add(new Acceptance(entry.get("contract").asText(), entry.get("version").asText(),
          entry.get("rule").asText(), entry.path("path").asText(""), entry.get("justification").asText()));
    }
    return out;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
