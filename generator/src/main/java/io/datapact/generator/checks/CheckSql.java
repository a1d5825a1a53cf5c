package io.datapact.generator.checks;

import io.datapact.generator.checks.model.CheckTarget;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import java.time.Instant;

/**
 * The SQL of planned checks in one dialect: a SELECT of the failing rows (one row for a failing
 * aggregate check), its sample columns first.
 */
public final class CheckSql {
  private final Dialect dialect;
  private final Templates templates;
  private final CheckModels models;

  public CheckSql(Dialect dialect, Templates templates, PipelineCatalog catalog) {
    this.dialect = dialect;
    this.templates = templates;
    this.models = new CheckModels(dialect, catalog);
  }

  /** The dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** The test file of a check: its SELECT with the engine clock as the current time. */
  public String render(PlannedCheck check) {
    return render(check, null);
  }

  /** The check's SELECT with {@code now} as a literal (null: the engine clock). */
  public String render(PlannedCheck check, Instant now) {
    return templates.render(check.kind().template(), models.model(check, now));
  }

  /** A SELECT of the number of rows a check looks at: the published object less the rows it skips. */
  public String countSql(PlannedCheck check) {
    CheckTarget on = models.target(check);
    return "SELECT count(*) FROM " + on.table() + " AS t"
        + (on.filters().isEmpty() ? "" : " WHERE " + String.join(" AND ", on.filters()));
  }

  /** The models, for mutations that reuse filters and expressions. */
  CheckModels models() {
    return models;
  }
}
