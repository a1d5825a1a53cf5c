package io.datapact.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.problem.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example repository stays a clean example: every standard rule passes, without warnings. */
class ExampleContractsTest {
  /** Relative to this module, where Maven runs its tests. */
  private static final Path EXAMPLES = Path.of("../example-contracts");

  @Test
  void theExampleContractsValidateWithoutAnyProblem() {
    assertThat(EXAMPLES.resolve("src/main/contracts")).isDirectory();

    ValidationReport report = ContractValidator.standard()
        .validateDirectory(EXAMPLES, EXAMPLES.resolve("src/main/contracts"));

    assertThat(report.problems()).map(Problem::toString).isEmpty();
    assertThat(report.contracts()).hasSizeGreaterThanOrEqualTo(13);
  }
}
