package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.model.LogicalType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Length and range bounds of imported fields; exclusive bounds become inclusive where a type allows. */
final class Bounds {
  private final ImportContext context;

  Bounds(ImportContext context) {
    this.context = context;
  }

  /** {@code minimum}, {@code maximum} and their exclusive forms of a numeric or temporal field. */
  void numbers(DraftField f, Element options) {
    bound(f, options, "minimum", true, false);
    bound(f, options, "maximum", false, false);
    bound(f, options, "exclusiveMinimum", true, true);
    bound(f, options, "exclusiveMaximum", false, true);
  }

  void length(DraftField f, Element options, String key, boolean min) {
    JsonNode v = options.get(key);
    if (v.isMissingNode()) {
      return;
    }
    if (!v.canConvertToInt() || v.asInt() < (min ? 0 : 1)) {
      context.dropped(options.at(key), "'" + key + "' not imported: not a length");
      return;
    }
    if (min) {
      f.minLength = v.asInt();
    } else {
      f.maxLength = v.asInt();
    }
  }

  void bound(DraftField f, Element options, String key, boolean min, boolean exclusive) {
    JsonNode v = options.get(key);
    if (v.isMissingNode() || v.isNull()) {
      return;
    }
    if (v.isBoolean()) {
      if (v.booleanValue()) {
        context.dropped(options.at(key), "'" + key + ": true' not imported: state an inclusive bound");
      }
      return;
    }
    String text = v.asText();
    Optional<String> wrong = Mapping.notAValue(f.type, text);
    if (wrong.isPresent()) {
      context.dropped(options.at(key), "'" + key + "' not imported: " + wrong.get());
      return;
    }
    if (exclusive) {
      Optional<String> inclusive = inclusive(f.type, text, min);
      if (inclusive.isEmpty()) {
        context.dropped(options.at(key), "'" + key + "' not imported: datapact ranges are inclusive, and an "
            + "exclusive bound of a " + f.type + " has no inclusive equal");
        return;
      }
      text = inclusive.get();
    }
    if (min) {
      f.min = text;
    } else {
      f.max = text;
    }
  }

  private static Optional<String> inclusive(String type, String text, boolean min) {
    LogicalType.Base base = Mapping.base(type);
    try {
      if (base == LogicalType.Base.INTEGER || base == LogicalType.Base.LONG) {
        return Optional.of(new java.math.BigInteger(text).add(java.math.BigInteger.valueOf(min ? 1 : -1)).toString());
      }
      if (base == LogicalType.Base.DATE) {
        return Optional.of(LocalDate.parse(text).plusDays(min ? 1 : -1).toString());
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

}
