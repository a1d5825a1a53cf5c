package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.validate.Pointer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * A pattern is a regular expression that every engine runs the same way: it compiles, and it uses
 * no look-around or back-references (DuckDB's RE2 has neither).
 */
public final class PatternInvalid implements Rule {
  private static final Pattern UNPORTABLE = Pattern.compile("\\\\[1-9]|\\(\\?(=|!|<=|<!)");

  @Override
  public String id() {
    return "pattern-invalid";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String pattern = fields.get(i).pattern();
      if (pattern == null) {
        continue;
      }
      String pointer = Pointer.field(i, "pattern");
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        report.at(pointer, "field '" + fields.get(i).name() + "': pattern does not compile: "
            + e.getDescription() + " near index " + e.getIndex(), "fix the regular expression");
        continue;
      }
      if (UNPORTABLE.matcher(pattern).find()) {
        report.at(pointer, "field '" + fields.get(i).name() + "': pattern uses look-around or a back-reference",
            "rewrite it without them; DuckDB and PostgreSQL do not run them alike");
      }
    }
  }
}
