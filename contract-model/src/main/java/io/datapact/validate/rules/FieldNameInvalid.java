package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Pointer;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Field names fit every engine: at most 54 bytes in UTF-8, no control characters, no leading or
 * trailing space. PostgreSQL cuts names longer than 63 bytes silently, which can make two columns
 * collide; 54 leaves room for the columns datapact derives from a field ({@code previous_<field>},
 * {@code <field>_sk}).
 */
public final class FieldNameInvalid implements Rule {
  /** PostgreSQL's identifier limit (63 bytes) less the longest derived prefix, {@code previous_}. */
  public static final int MAX_BYTES = 54;

  @Override
  public String id() {
    return "field-name-invalid";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).name();
      int bytes = name.getBytes(StandardCharsets.UTF_8).length;
      String pointer = Pointer.field(i, "name");
      int control = name.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
      if (bytes > MAX_BYTES) {
        report.at(pointer, "field name is " + bytes + " bytes long in UTF-8 (" + name.codePointCount(0, name.length())
            + " characters)", "shorten it to at most " + MAX_BYTES + " bytes; letters outside ASCII take 2 or more "
            + "bytes each, and PostgreSQL cuts longer names");
      } else if (control >= 0) {
        report.at(pointer, String.format("field name '%s' contains the control character U+%04X", escaped(name),
            control), "use printable characters only");
      } else if (!name.equals(name.strip())) {
        report.at(pointer, "field name '" + name + "' starts or ends with white space", "remove it");
      }
    }
  }

  /** The name with each control character escaped as in Java source, so the message stays on one line. */
  private static String escaped(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
