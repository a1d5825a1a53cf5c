package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.verify.report.CheckOutcome;
import io.datapact.generator.verify.report.VerifyReport;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The example project's fixture sets, verified as {@code mvn verify} does: the regular set
 * ({@code src/test/datapact}) passes with every mutant killed; the incident set
 * ({@code src/test/datapact-incident}, a plan feed that delivers each plan twice in one batch)
 * fails on exactly that, naming the keys, the fan-out and the marts.
 */
class ExampleFixturesTest {
  private static final Path FIXTURES = TestContracts.EXAMPLE_PROJECT.resolve("src/test");

  private static VerifyReport verify(String folder) throws Exception {
    return new Verifier().verify(Examples.contracts(), new VerifyOptions(null, FIXTURES.resolve(folder),
        SyntheticOptions.defaults(), Instant.parse("2026-01-01T12:00:00Z"), null));
  }

  @Test
  void theFixturesPassEveryCheckAndEveryCheckKillsItsMutant() throws Exception {
    VerifyReport report = verify("datapact");

    assertThat(report.errors()).isEmpty();
    assertThat(report.data()).isEqualTo("fixtures in datapact");
    assertThat(report.mutations()).hasSize(278).allMatch(VerifyReport.MutationOutcome::killed);
    assertThat(report.notes()).containsExactly("volume and daily change bounds describe production loads, not a"
        + " fixture sample: on fixtures they are reported as warnings, not enforced");
    // Warnings are the reported volume bounds and, after batch 1, feeds that are older than their warnAfter.
    assertThat(report.checks()).filteredOn(c -> c.status() == CheckOutcome.Status.WARN)
        .allMatch(c -> c.kind().equals("volume") || c.kind().equals("freshness") && c.round().equals("batch-1"));
  }

  @Test
  void theIncidentFailsOnTheDuplicatedPlansNamingTheFanOutAndTheMarts() throws Exception {
    VerifyReport report = verify("datapact-incident");

    assertThat(report.errors()).containsExactly("batch-2: [error] batch_duplicates dim_benefits__plans_v2.plan_id:"
        + " 2 keys arrive more than once, with different values, in one batch of raw_benefits.plan_admin_plans_v2"
        + " (samples: (PLN-2026-0101, batch-2), (PLN-2026-0102, batch-2)); a join on such a key fans out (one row per"
        + " copy) and staging keeps one copy arbitrarily, so totals in these marts are wrong:"
        + " marts.dim_benefits__plans_v2, marts.fct_benefits__claims, marts.fct_benefits__enrollments");
    assertThat(report.notes()).first().asString().startsWith("no fixtures for benefits.plans 1.4.2, petcare.activity_events");
    // Every row-level check of the plans passes: only the raw check sees the incident.
    assertThat(report.checks()).filteredOn(c -> c.check().startsWith("dim_benefits__plans_v2__"))
        .filteredOn(c -> !c.kind().equals("batch_duplicates") && !c.kind().equals("volume"))
        .allMatch(c -> c.status() == CheckOutcome.Status.PASS);
    assertThat(report.mutations()).allMatch(VerifyReport.MutationOutcome::killed);
  }
}
