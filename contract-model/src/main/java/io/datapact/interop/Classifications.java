package io.datapact.interop;

import io.datapact.model.Classification;
import io.datapact.model.Masking;
import io.datapact.model.Wire;

/** Makes an imported field's privacy settings valid: PII is classified above public and maskable. */
final class Classifications {
  private Classifications() {}

  /**
   * A classification label of the source: one of datapact's four is kept; another is dropped, or
   * becomes restricted on PII. {@code via} ends messages about inherited keys.
   */
  static void label(ImportContext context, DraftField f, java.util.Optional<String> label, String pointer, String via) {
    label.flatMap(Mapping::classification).ifPresent(c -> f.classification = c);
    if (label.isEmpty() || f.classification != null) {
      return;
    }
    if (f.pii != null) {
      f.classification = Classification.RESTRICTED;
      context.adjusted(pointer, "classification '" + label.get() + "' is not public, internal, confidential or "
          + "restricted; imported as restricted because the field holds personal data" + via);
    } else {
      context.dropped(pointer, "classification '" + label.get() + "' not imported: not public, internal, "
          + "confidential or restricted" + via);
    }
  }

  static void settle(ImportContext context, DraftField f, String pointer) {
    if (f.pii == null) {
      if (f.masking != null) {
        context.dropped(pointer, "masking not imported: the field holds no personal data");
        f.masking = null;
      }
      return;
    }
    if (f.classification == null) {
      f.classification = Classification.RESTRICTED;
      context.adjusted(pointer, "personal data without a classification: imported as restricted");
    } else if (f.classification == Classification.PUBLIC) {
      f.classification = Classification.CONFIDENTIAL;
      context.adjusted(pointer, "personal data classified public: imported as confidential, since PII is never public");
    }
    if (f.masking == null) {
      Masking fallback = Mapping.masking(f.pii, f.type);
      if (fallback != null) {
        f.masking = fallback;
        context.adjusted(pointer, "masking " + Wire.of(fallback) + ": the default masking of " + Wire.of(f.pii)
            + " does not work on type " + f.type);
      }
    }
  }
}
