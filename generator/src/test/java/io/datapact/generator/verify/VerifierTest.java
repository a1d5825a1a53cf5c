package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.verify.report.CheckOutcome;
import io.datapact.generator.verify.report.VerifyReport;
import io.datapact.model.Contract;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole verification on a small catalog of synthetic data, end to end in DuckDB. */
class VerifierTest {
  private static List<Contract> contracts() throws Exception {
    Path dir = Path.of(VerifierTest.class.getResource("/verify/small").toURI());
    ValidationReport validation = ContractValidator.standard().validateDirectory(dir, dir);
    assertThat(validation.problems()).isEmpty();
    return validation.contracts().stream().map(LoadedContract::contract).toList();
  }

  private static VerifyOptions options(Path database, Path fixtures) {
    return new VerifyOptions(database, fixtures, SyntheticOptions.defaults().withDefaultRows(300),
        Instant.parse("2026-01-15T12:00:00Z"), null);
  }

  @Test
  void syntheticDataPassesEveryCheckAndEveryCheckKillsItsMutant(@TempDir Path tmp) throws Exception {
    VerifyReport report = new Verifier().verify(contracts(), options(null, tmp.resolve("no-fixtures")));

    assertThat(report.data()).isEqualTo("synthetic data (seed 1)");
    assertThat(report.errors()).isEmpty();
    assertThat(report.checks()).extracting(CheckOutcome::round).containsOnly("batch-1", "batch-2");
    assertThat(report.count(CheckOutcome.Status.FAIL)).isZero();
    assertThat(report.mutations()).isNotEmpty().allMatch(VerifyReport.MutationOutcome::killed);
    assertThat(report.unstable()).isEmpty();
    assertThat(report.objects()).extracting(VerifyReport.ObjectRows::object)
        .contains("marts.dim_retail__shops", "marts.fct_retail__orders");
    assertThat(report.steps()).extracting(VerifyReport.Step::name).containsSubsequence(
        "load batch-1", "build after batch-1", "checks after batch-1", "load batch-2", "build after batch-2",
        "checks after batch-2", "build with no new data", "prove every check can fail");
  }

  @Test
  void twoRunsWithTheSameSeedAndTimeWriteTheSameReports(@TempDir Path tmp) throws Exception {
    VerifyReport first = new Verifier().verify(contracts(), options(null, tmp.resolve("no-fixtures")));
    VerifyReport second = new Verifier().verify(contracts(), options(null, tmp.resolve("no-fixtures")));

    assertThat(io.datapact.generator.verify.report.ReportWriter.json(second))
        .isEqualTo(io.datapact.generator.verify.report.ReportWriter.json(first));
    assertThat(io.datapact.generator.verify.report.ReportWriter.junitXml(second))
        .isEqualTo(io.datapact.generator.verify.report.ReportWriter.junitXml(first));
  }

  @Test
  void aFileDatabaseIsKeptForInspection(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("verify.duckdb");

    new Verifier().verify(contracts(), options(db, tmp.resolve("no-fixtures")));

    assertThat(db).exists();
  }
}
