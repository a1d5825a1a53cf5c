package io.datapact.generator.checks;

import io.datapact.generator.checks.CheckResult.Status;
import io.datapact.generator.checks.Mutations.Mutation;
import io.datapact.generator.sql.PipelineCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves that checks can fail: for each check, one violation of its rule (a mutation, see
 * {@code docs/data-checks.md}) is written inside a transaction, the check runs, and the
 * transaction is rolled back. A check that still passes is one that cannot fail.
 *
 * <pre>{@code
 * List<PlannedCheck> cannotFail = new MutationProver(sql, catalog, now).prove(connection, checks);
 * }</pre>
 */
public final class MutationProver {
  /**
   * What one mutation did.
   *
   * @param mutation what was changed, or why nothing could be
   * @param baseline the check on the data as it is
   * @param mutant the check on the mutated data, or null when there was no mutation
   * @param killed whether the mutant made the check fail (for a row check failing already: fail more rows)
   * @param vacuous killed, but an aggregate check that failed before the mutation too
   */
  public record Outcome(PlannedCheck check, String mutation, CheckResult baseline, CheckResult mutant, boolean killed,
      boolean vacuous) {}

  private final CheckRunner runner;
  private final Mutations mutations;

  /** A prover; {@code now} is the time freshness is measured against, null for the engine clock. */
  public MutationProver(CheckSql sql, PipelineCatalog catalog, Instant now) {
    this.runner = new CheckRunner(sql, now);
    this.mutations = new Mutations(sql, catalog, now);
  }

  /** The checks whose mutation did not make them fail: checks that cannot fail. */
  public List<PlannedCheck> prove(Connection connection, List<PlannedCheck> checks) throws SQLException {
    return outcomes(connection, checks).stream().filter(o -> !o.killed()).map(Outcome::check).toList();
  }

  /** The outcome of every check's mutation, in order. */
  public List<Outcome> outcomes(Connection connection, List<PlannedCheck> checks) throws SQLException {
    List<Outcome> out = new ArrayList<>();
    for (PlannedCheck check : checks) {
      out.add(outcome(connection, check));
    }
    return out;
  }

  /**
   * The outcome of every check's mutation, in order, against baselines already run on the data as
   * it is (same order as {@code checks}): the check runs only on the mutated data.
   */
  public List<Outcome> outcomes(Connection connection, List<PlannedCheck> checks, List<CheckResult> baselines)
      throws SQLException {
    if (baselines.size() != checks.size()) {
      throw new IllegalArgumentException(baselines.size() + " baselines for " + checks.size() + " checks");
    }
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      if (baselines.get(i).check() != checks.get(i)) {
        throw new IllegalArgumentException("baseline " + i + " is of " + baselines.get(i).check().name()
            + ", not of " + checks.get(i).name());
      }
      out.add(outcome(connection, checks.get(i), baselines.get(i)));
    }
    return out;
  }

  /** Runs the check, then its mutation in a transaction that is rolled back. */
  public Outcome outcome(Connection connection, PlannedCheck check) throws SQLException {
    return outcome(connection, check, runner.run(connection, check));
  }

  private Outcome outcome(Connection connection, PlannedCheck check, CheckResult baseline) throws SQLException {
    Optional<Mutation> mutation = mutations.of(connection, check);
    if (mutation.isEmpty()) {
      return new Outcome(check, "no mutation of this kind applies", baseline, null, false, false);
    }
    CheckResult mutant;
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (String statement : mutation.get().statements()) {
        s.execute(statement);
      }
      mutant = runner.run(connection, check);
    } catch (SQLException e) {
      return new Outcome(check, mutation.get().description() + " failed: " + e.getMessage().strip(), baseline, null,
          false, false);
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
    boolean failsMore = baseline.status() == Status.PASS || mutant.failing() > baseline.failing();
    boolean vacuous = !failsMore && check.kind().aggregate();
    boolean killed = mutant.status() != Status.PASS && (failsMore || vacuous);
    return new Outcome(check, mutation.get().description(), baseline, mutant, killed, killed && vacuous);
  }
}
