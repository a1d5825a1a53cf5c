package io.datapact.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.model.Contract;
import io.datapact.model.SemVer;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompatCheckTest {
  private static final CompatCheck CHECK = new CompatCheck(RuleTable.standard(), CompatFixturesTest.TODAY);

  private static List<Contract> load(String fixture, String side) throws Exception {
    Path dir = Path.of(CompatCheckTest.class.getResource("/compat/" + fixture + "/" + side).toURI());
    return ContractValidator.standard().validateDirectory(dir, dir).contracts().stream()
        .map(LoadedContract::contract).toList();
  }

  private static CompatResult check(String fixture, List<Acceptance> acceptances) throws Exception {
    return CHECK.check(load(fixture, "old"), load(fixture, "new"), acceptances);
  }

  @Test
  void aBreakWithAMinorBumpIsAnErrorThatNamesTheBumpItNeeds() throws Exception {
    CompatResult result = check("field-removed", List.of());
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).describe()).isEqualTo(
        "[field-removed] shop.customers fields.signup_date: field removed (was date) (date -> none; breaks consumers);"
            + " needs a major bump, declared minor (1.0.0 -> 1.1.0)");
    assertThat(result.summary()).isEqualTo(
        "1 contracts compared, 1 changed, 1 changes, 1 errors, 0 warnings, 0 accepted");
  }

  @Test
  void anAcceptanceForTheCurrentVersionAcceptsTheBreak() throws Exception {
    Acceptance accepted = new Acceptance("shop.customers", "1.1.0", "field-removed", "fields.signup_date",
        "nobody reads it since the 2025 migration");
    CompatResult result = check("field-removed", List.of(accepted));
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(f.outcome()).isEqualTo(Finding.Outcome.ACCEPTED))
        .satisfies(f -> assertThat(f.acceptance()).isEqualTo(accepted));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void anAcceptanceExpiresWithItsVersion() throws Exception {
    Acceptance old = new Acceptance("shop.customers", "1.0.5", "field-removed", "fields.signup_date", "old news");
    CompatResult result = check("field-removed", List.of(old));
    assertThat(result.errors()).hasSize(1);
    assertThat(result.notes()).containsExactly("acceptance of [field-removed] shop.customers fields.signup_date"
        + " for version 1.0.5 has expired (the contract is at 1.1.0); remove it");
  }

  @Test
  void anAcceptanceThatMatchesNothingIsReported() throws Exception {
    Acceptance stray = new Acceptance("shop.customers", "1.1.0", "field-removed", "fields.email", "typo");
    CompatResult result = check("field-removed", List.of(stray));
    assertThat(result.notes()).containsExactly("acceptance of [field-removed] shop.customers fields.email"
        + " for version 1.1.0 matches no change that needs it; remove it");
  }

  @Test
  void theAcceptanceEntryOfAFailureParsesBackAndAcceptsIt() throws Exception {
    Finding failure = check("field-removed", List.of()).errors().get(0);
    String file = "accepted:\n" + failure.acceptanceEntry().replace("<why consumers can live with this>", "ok");
    List<Acceptance> parsed = Acceptances.parse(file, "datapact-accepted.yaml");
    assertThat(check("field-removed", parsed).errors()).isEmpty();
  }

  @Test
  void aWarningRuleWithTooSmallABumpWarnsButDoesNotFail() throws Exception {
    CompatResult result = check("enum-value-added-patch", List.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(f -> f.change().rule().id()).containsExactly("enum-value-added");
  }

  @Test
  void privacyChangesAreListedEvenWhenAllowed() throws Exception {
    CompatResult result = check("pii-added", List.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.privacy()).extracting(f -> f.change().rule().id())
        .containsExactly("classification-raised", "pii-added");
  }

  @Test
  void aMemberTheDiffDoesNotKnowIsAnUnclassifiedWarning() throws Exception {
    Contract before = load("no-change", "old").get(0);
    Contract after = new Contract("datapact/v2", before.id(), "1.0.1", before.status(), before.deprecation(),
        before.owner(), before.description(), before.kind(), before.grain(), before.source(), before.scd(),
        before.incremental(), before.sla(), before.fields(), before.access(), before.checks());
    List<Change> changes = new ContractDiff(RuleTable.standard()).diff(before, after);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.rule().id()).isEqualTo("unclassified-change");
      assertThat(c.rule().severity()).isEqualTo(Level.WARNING);
      assertThat(c.path()).isEqualTo("apiVersion");
      assertThat(c.message()).isEqualTo(
          "changed from datapact/v1 to datapact/v2; datapact has no rule for this change, review it");
    });
  }

  @Test
  void anUnknownRuleIdResolvesToTheUnclassifiedWarning() {
    CompatRule rule = RuleTable.standard().rule("no-such-rule");
    assertThat(rule.id()).isEqualTo(RuleTable.UNCLASSIFIED);
    assertThat(rule.severity()).isEqualTo(Level.WARNING);
  }

  @Test
  void everyRuleInTheTableHasAMessage() {
    assertThat(RuleTable.standard().all()).hasSizeGreaterThan(50)
        .allSatisfy(r -> assertThat(r.message()).isNotBlank());
  }

  @Test
  void docsListEveryRuleAsTheTableHasIt() throws Exception {
    // The build runs in the module folder; the docs live at the repository root.
    String docs = java.nio.file.Files.readString(Path.of("../docs/compat.md"));
    for (CompatRule r : RuleTable.standard().all()) {
      assertThat(docs).as(r.id()).contains("| `" + r.id() + "` | " + r.severity().label() + " | " + r.bump().label()
          + " | " + r.breaks().label() + " | " + (r.privacy() ? "yes" : "") + " |");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "1.0.0, 1.0.0, NONE", "1.0.0, 1.0.1, PATCH", "1.0.0, 1.1.0, MINOR", "1.4.2, 2.0.0, MAJOR",
      "0.3.0, 0.4.0, MAJOR", "0.3.0, 0.3.1, PATCH", "1.0.0-rc.1, 1.0.0, PATCH"})
  void bumpBetweenVersions(String before, String after, Bump expected) {
    assertThat(Bump.between(SemVer.parse(before).orElseThrow(), SemVer.parse(after).orElseThrow()))
        .isEqualTo(expected);
  }

  @Test
  void aLowerVersionIsNoBump() {
    assertThat(Bump.between(SemVer.parse("1.2.0").orElseThrow(), SemVer.parse("1.1.9").orElseThrow())).isNull();
  }

  @Test
  void anAcceptanceWithoutJustificationIsRefused() {
    assertThatThrownBy(() -> Acceptances.parse(
        "accepted:\n  - {contract: a.b, version: '1.0.0', rule: field-removed, path: fields.x}\n", "acc.yaml"))
        .isInstanceOf(Acceptances.InvalidAcceptancesException.class)
        .hasMessage("acc.yaml: accepted[0]: 'justification' is missing; say why consumers can live with this break");
  }

  @Test
  void anAcceptancesFileThatIsNotYamlIsRefusedWithItsName() {
    assertThatThrownBy(() -> Acceptances.parse("accepted: [\n", "acc.yaml"))
        .isInstanceOf(Acceptances.InvalidAcceptancesException.class)
        .hasMessageStartingWith("acc.yaml: not valid YAML: ");
    assertThatThrownBy(() -> Acceptances.parse("accepted: 3\n", "acc.yaml"))
        .hasMessage("acc.yaml: expected a list under 'accepted'");
  }

  @Test
  void anEmptyAcceptancesFileAcceptsNothing() throws Exception {
    assertThat(Acceptances.parse("", "acc.yaml")).isEmpty();
    assertThat(Acceptances.parse("accepted: []\n", "acc.yaml")).isEmpty();
  }
}
