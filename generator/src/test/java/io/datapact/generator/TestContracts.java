package io.datapact.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Contract;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Contracts for tests: YAML text through the real reader and validator, so they are valid. */
public final class TestContracts {
  /** The example project shipped with datapact, relative to the generator module. */
  public static final Path EXAMPLE_PROJECT = Path.of("../example-contracts").toAbsolutePath().normalize();

  private TestContracts() {}

  /** Parses and validates each YAML text; fails the test on any problem. */
  public static List<Contract> parse(String... yamls) {
    Problems problems = new Problems();
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < yamls.length; i++) {
      docs.add(new YamlReader().parse(yamls[i], "test-" + i + ".yaml", problems).orElseThrow());
    }
    assertThat(problems.sorted()).as("YAML problems").isEmpty();
    ValidationReport report = ContractValidator.standard().validateDocuments(docs);
    assertThat(report.problems()).as("validation problems").isEmpty();
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }

  /** One contract. */
  public static Contract one(String yaml) {
    return parse(yaml).get(0);
  }

  /** Every contract of the example project, validated without problems, in file order. */
  public static List<Contract> examples() {
    ValidationReport report = ContractValidator.standard()
        .validateDirectory(EXAMPLE_PROJECT, EXAMPLE_PROJECT.resolve("src/main/contracts"));
    assertThat(report.problems()).as("problems of the example contracts").isEmpty();
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }
}
