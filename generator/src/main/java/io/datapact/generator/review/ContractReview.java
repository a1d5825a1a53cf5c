package io.datapact.generator.review;

import io.datapact.compat.Bump;
import io.datapact.compat.Finding;
import java.util.List;
import java.util.SortedMap;

/**
 * What a reviewer needs to know about one changed contract.
 *
 * @param downstream objects the change reaches in the pipeline DAG, by kind (mart, test, ...)
 * @param roles the roles that read the contract, before or after the change
 * @param sql the diff of every generated SQL file of the contract
 */
public record ContractReview(String id, String oldVersion, String newVersion, Bump declared, Bump required,
    List<Finding> breaking, List<Finding> privacy, List<Finding> other,
    SortedMap<String, List<String>> downstream, List<String> roles, List<SqlDiff> sql) {

  /** One generated file's diff, in unified format. */
  public record SqlDiff(String file, String diff) {}

  /** Whether a change of this contract fails the build. */
  public boolean fails() {
    return java.util.stream.Stream.of(breaking, privacy, other).flatMap(List::stream)
        .anyMatch(f -> f.level() == io.datapact.compat.Level.ERROR);
  }

  /** The versions as {@code 1.0.0 -> 1.1.0}, {@code new 1.0.0} or {@code removed 1.0.0}. */
  public String versions() {
    if (oldVersion == null) {
      return "new " + newVersion;
    }
    return newVersion == null ? "removed " + oldVersion : oldVersion + " -> " + newVersion;
  }
}
