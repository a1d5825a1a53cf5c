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
 * Field names fit every engine: at most 63 bytes in UTF-8 (PostgreSQL truncates longer names
 * silently, which can make two columns collide), no control characters, no leading or trailing space.
 */
public final class FieldNameInvalid implements Rule {
  /** PostgreSQL's identifier limit in bytes. */
  public static final int MAX_BYTES = 63;

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
      if (bytes > MAX_BYTES) {
        report.at(pointer, "field name is " + bytes + " bytes long", "use at most " + MAX_BYTES + " bytes");
      } else if (name.chars().anyMatch(Character::isISOControl)) {
        report.at(pointer, "field name contains a control character", "use printable characters only");
      } else if (!name.equals(name.strip())) {
        report.at(pointer, "field name '" + name + "' starts or ends with white space", "remove it");
      }
    }
  }
}
