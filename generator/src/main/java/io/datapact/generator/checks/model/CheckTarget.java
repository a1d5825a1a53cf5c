package io.datapact.generator.checks.model;

import java.util.List;

/**
 * What every check template needs: the checked table as alias {@code t} and the rows checked.
 *
 * @param check the check's name
 * @param contract {@code <id> <version>}, for the header
 * @param table the published object, quoted
 * @param filters conditions over {@code t} every checked row meets (not the unknown member, current only)
 * @param samples quoted key columns without PII; a template lists them first in every failing row
 * @param stringType the dialect's string type, for reported values
 */
public record CheckTarget(String check, String contract, String table, List<String> filters, List<String> samples,
    String stringType) {
  public CheckTarget {
    filters = List.copyOf(filters);
    samples = List.copyOf(samples);
  }
}
