package io.datapact.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractValidatorTest {
  private static final String COMPANIES = """
      apiVersion: datapact/v1
      id: benefits.companies
      version: 1.0.0
      owner: {team: hr-data}
      kind: dimension
      scd: {type: 1, key: [company_id]}
      fields:
        - {name: company_id, type: long, primaryKey: true}
        - {name: company_name, type: string, required: true}
      """;

  @TempDir
  Path project;

  @Test
  void missingContractsDirectoryIsAnError() {
    ValidationReport report = ContractValidator.standard().validateDirectory(project, project.resolve("src/main/contracts"));

    assertThat(report.problems()).map(Problem::toString).containsExactly(
        "[contracts-directory-missing] src/main/contracts:1:1 contracts directory does not exist; "
            + "create it or set datapact.contractsDirectory");
    assertThat(report.ok()).isFalse();
  }

  @Test
  void emptyContractsDirectoryIsAWarning() throws IOException {
    Files.createDirectories(project.resolve("contracts"));

    ValidationReport report = ContractValidator.standard().validateDirectory(project, project.resolve("contracts"));

    assertThat(report.problems()).map(Problem::toString).containsExactly(
        "[contracts-directory-empty] contracts:1:1 warning no *.yaml or *.yml contract files found; "
            + "add contracts or set datapact.contractsDirectory");
    assertThat(report.ok()).isTrue();
  }

  @Test
  void findsContractsInSubfoldersInPathOrderAndCountsThem() throws IOException {
    write("contracts/b/companies.yaml", COMPANIES);
    write("contracts/a/companies2.yml", COMPANIES.replace("benefits.companies", "benefits.firms"));
    write("contracts/a/notes.txt", "not a contract");

    ValidationReport report = ContractValidator.standard().validateDirectory(project, project.resolve("contracts"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.contracts()).map(LoadedContract::file)
        .containsExactly("contracts/a/companies2.yml", "contracts/b/companies.yaml");
    assertThat(report.summary()).isEqualTo("2 contract files, 4 fields, 0 errors, 0 warnings");
  }

  @Test
  void reportsProblemsOfEveryFileInOneRunSortedByFileAndPosition() throws IOException {
    write("c/z.yaml", COMPANIES.replace("type: long", "type: money"));
    write("c/a.yaml", "id: [unclosed\n");
    write("c/m.yaml", COMPANIES.replace("version: 1.0.0", "version: one"));

    ValidationReport report = ContractValidator.standard().validateDirectory(project, project.resolve("c"));

    assertThat(report.problems()).map(Problem::rule)
        .containsExactly("yaml-syntax", "version-semver", "field-type-unknown");
    assertThat(report.summary()).isEqualTo("3 contract files, 4 fields, 3 errors, 0 warnings");
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOtherRulesStillRun() throws IOException {
    write("c/companies.yaml", COMPANIES.replace("version: 1.0.0", "version: one"));
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "broken-rule";
      }

      @Override
      public void check(LoadedContract contract, Catalog catalog, Reporter report) {
        throw new IllegalStateException("boom");
      }
    };
    var validator = new ContractValidator(new io.datapact.yaml.YamlReader(),
        java.util.List.of(broken, new io.datapact.validate.rules.VersionSemver()));

    ValidationReport report = validator.validateDirectory(project, project.resolve("c"));

    assertThat(report.problems()).map(Problem::toString).containsExactly(
        "[broken-rule] c/companies.yaml:1:1 rule failed internally: java.lang.IllegalStateException: boom; "
            + "please report this as a datapact bug",
        "[version-semver] c/companies.yaml:3:10 version: 'one' is not a semantic version; "
            + "write MAJOR.MINOR.PATCH, e.g. 1.0.0");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
