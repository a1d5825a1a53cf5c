package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/** The formats that can be imported. */
public enum ImportFormat {
  /** Open Data Contract Standard v3 ({@code apiVersion: v3.x.y}, {@code kind: DataContract}). */
  ODCS,
  /** Data Contract Specification ({@code dataContractSpecification: 1.x}). */
  DCS;

  /** The format a document is written in, from its identifying keys. */
  public static Optional<ImportFormat> detect(JsonNode root) {
    if (root.has("dataContractSpecification")) {
      return Optional.of(DCS);
    }
    String api = root.path("apiVersion").asText("");
    if (root.path("kind").asText("").equals("DataContract") || api.matches("v?3\\..*")) {
      return Optional.of(ODCS);
    }
    return Optional.empty();
  }

  /** {@code odcs} or {@code dcs} (any case), for build parameters. */
  public static Optional<ImportFormat> byName(String name) {
    for (ImportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The lower-case name. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
