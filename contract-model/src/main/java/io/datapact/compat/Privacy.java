package io.datapact.compat;

import io.datapact.model.Classification;
import io.datapact.model.Field;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import java.util.Map;

/** Privacy changes of one field: PII kind, classification and the masking a masked view applies. */
final class Privacy {
  /** How much each masking hides; a masking that hides less is weaker. */
  private static final Map<Masking, Integer> STRENGTH = Map.of(
      Masking.NULL, 4, Masking.REDACT, 4, Masking.HASH, 3,
      Masking.YEAR, 2, Masking.INITIALS, 2, Masking.LAST4, 2, Masking.PARTIAL, 1);

  private Privacy() {}

  static void diff(Field before, Field after, String path, Changes out) {
    PiiKind oldPii = before.pii();
    PiiKind newPii = after.pii();
    if (oldPii != null && newPii == null) {
      out.add("pii-removed", path + ".pii", oldPii, null);
    } else if (oldPii == null && newPii != null) {
      out.add("pii-added", path + ".pii", null, newPii);
    } else if (oldPii != null) {
      out.ifDiffers("pii-kind-changed", path + ".pii", oldPii, newPii);
      masking(effective(before), effective(after), path + ".masking", out);
    }
    classification(before.classification(), after.classification(), path + ".classification", out);
  }

  /** The masking a masked view applies: the one named, or the PII kind's default. */
  static Masking effective(Field field) {
    if (field.pii() == null) {
      return null;
    }
    return field.masking() != null ? field.masking() : field.pii().defaultMasking();
  }

  private static void masking(Masking before, Masking after, String path, Changes out) {
    if (before == after) {
      return;
    }
    int c = Integer.compare(STRENGTH.get(after), STRENGTH.get(before));
    String rule = c < 0 ? "masking-weakened" : c > 0 ? "masking-strengthened" : "masking-changed";
    out.add(rule, path, before, after);
  }

  private static void classification(Classification before, Classification after, String path, Changes out) {
    if (before == after) {
      return;
    }
    // An unclassified field is treated as below public: naming any class raises it.
    int c = Integer.compare(rank(after), rank(before));
    out.add(c < 0 ? "classification-lowered" : "classification-raised", path, before, after);
  }

  private static int rank(Classification c) {
    return c == null ? -1 : c.ordinal();
  }
}
