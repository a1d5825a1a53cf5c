package io.datapact.validate.rules;

import io.datapact.model.SemVer;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/** The version is a semantic version, so that breaking changes can be told by the major. */
public final class VersionSemver implements Rule {
  @Override
  public String id() {
    return "version-semver";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    String version = c.contract().version();
    if (SemVer.parse(version).isEmpty()) {
      report.at("/version", "'" + version + "' is not a semantic version",
          "write MAJOR.MINOR.PATCH, e.g. 1.0.0");
    }
  }
}
