package io.datapact.generator.checks;

import io.datapact.generator.checks.CheckResult.Status;
import io.datapact.generator.run.SqlScript;
import io.datapact.model.Severity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs planned checks over plain JDBC on a built pipeline.
 *
 * <pre>{@code
 * CheckRunner runner = new CheckRunner(new CheckSql(dialect, templates, catalog), null);
 * runner.run(connection, CheckPlanner.plan(catalog)).forEach(r -> log.info(r.message()));
 * }</pre>
 */
public final class CheckRunner {
  /** The most sample values a result reports. */
  public static final int SAMPLES = 5;

  private final CheckSql sql;
  private final Instant now;

  /** A runner; {@code now} is the current time freshness is measured against, null for the engine clock. */
  public CheckRunner(CheckSql sql, Instant now) {
    this.sql = sql;
    this.now = now;
  }

  /** Runs every check, in order. */
  public List<CheckResult> run(Connection connection, List<PlannedCheck> checks) throws SQLException {
    List<CheckResult> results = new ArrayList<>();
    for (PlannedCheck check : checks) {
      results.add(run(connection, check));
    }
    return results;
  }

  /** Runs one check: its failing rows, the rows it looks at, and the status after the tolerance. */
  public CheckResult run(Connection connection, PlannedCheck check) throws SQLException {
    long failing = 0;
    // The smallest sample values in text order: engines return failing rows in no fixed order.
    TreeSet<String> samples = new TreeSet<>();
    String observed = null;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(statement(sql.render(check, now), check))) {
      while (rs.next()) {
        failing++;
        if (check.kind().aggregate() && observed == null) {
          observed = rs.getString("dp_observed");
        } else if (!check.sampleColumns().isEmpty()) {
          samples.add(sample(rs, check.sampleColumns().size()));
          if (samples.size() > SAMPLES) {
            samples.pollLast();
          }
        }
      }
    }
    long checked = check.kind().aggregate() ? 1 : count(connection, check);
    boolean passes = failing == 0 || checked > 0 && (double) failing / checked <= check.tolerance();
    Status status = passes ? Status.PASS : check.severity() == Severity.WARN ? Status.WARN : Status.FAIL;
    return new CheckResult(check, status, failing, checked, List.copyOf(samples), observed,
        message(check, status, failing, checked, samples, observed));
  }

  private long count(Connection connection, PlannedCheck check) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.countSql(check))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String statement(String script, PlannedCheck check) {
    List<String> statements = SqlScript.split(script);
    if (statements.size() != 1) {
      throw new IllegalStateException("the SQL of check " + check.name() + " is not one statement");
    }
    return statements.get(0);
  }

  /** The sample columns of the current row: one value, or several in parentheses. */
  private static String sample(ResultSet rs, int columns) throws SQLException {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      String value = rs.getString(i);
      values.add(value == null ? "NULL" : value);
    }
    return columns == 1 ? values.get(0) : "(" + String.join(", ", values) + ")";
  }

  static String message(PlannedCheck check, Status status, long failing, long checked, Set<String> samples,
      String observed) {
    String head = "[" + status.label() + "] " + check.kind().wire() + " " + check.subject() + ": ";
    if (check.kind().aggregate()) {
      return head + (failing == 0 ? "passes" : "fails (observed: " + observed + ")");
    }
    String tail = samples.isEmpty() ? "" : " (samples: " + String.join(", ", samples) + ")";
    if (check.kind() == CheckKind.BATCH_DUPLICATES) {
      return head + (failing == 0 ? "no key arrives twice with different values in one batch"
          : failing + (failing == 1 ? " key arrives" : " keys arrive") + " more than once, with different values, in one batch of "
          + check.param(PlannedCheck.RAW) + tail + "; a join on such a key fans out (one row per copy) and staging"
          + " keeps one copy arbitrarily, so totals in these marts are wrong: "
          + String.join(", ", check.params().get(PlannedCheck.DOWNSTREAM)));
    }
    return head + failing + " of " + checked + " rows fail" + tail;
  }
}
