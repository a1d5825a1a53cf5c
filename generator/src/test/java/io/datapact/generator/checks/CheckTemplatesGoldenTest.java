package io.datapact.generator.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden SQL of every check template: one check of each kind of the example project, chosen for the
 * variant it shows, rendered per dialect and compared byte for byte with
 * {@code src/test/resources/golden-checks/<dialect>/<kind>.sql}. Rewrite after a reviewed change
 * with {@code -Dgolden.update=true}.
 */
class CheckTemplatesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-checks");
  /** Per kind, the check rendered, and why that one. */
  private static final Map<CheckKind, String> CHOSEN = new EnumMap<>(Map.ofEntries(
      Map.entry(CheckKind.NOT_NULL, "fct_benefits__claims__not_null__claim_id"),
      Map.entry(CheckKind.UNIQUE, "stg_petcare__app_users__unique__email"), // a PII field: samples show user_id only
      Map.entry(CheckKind.PRIMARY_KEY, "dim_benefits__companies__primary_key__company_id"),
      Map.entry(CheckKind.GRAIN, "fct_benefits__enrollments__grain__employee_id__plan_id__coverage_start_date"),
      Map.entry(CheckKind.ACCEPTED_VALUES, "fct_petcare__care_tasks__accepted_values__priority"), // integers
      Map.entry(CheckKind.RANGE, "fct_petcare__activity_events__range__occurred_at"), // timestamptz bound
      Map.entry(CheckKind.PATTERN, "fct_petcare__activity_events__pattern__app_version"), // backslashes
      Map.entry(CheckKind.LENGTH, "dim_benefits__diagnosis_codes__length__diagnosis_code"),
      Map.entry(CheckKind.RELATIONSHIPS, "dim_petcare__pets__relationships__household_id"), // SCD2 parent
      Map.entry(CheckKind.FRESHNESS, "fct_petcare__activity_events__freshness__warn"), // zoned column
      Map.entry(CheckKind.VOLUME, "fct_benefits__claims__volume"),
      Map.entry(CheckKind.DAILY_CHANGE, "dim_benefits__employees__daily_change"),
      Map.entry(CheckKind.FAN_OUT, "dim_benefits__employees__fan_out"), // SCD2 snapshot feed
      Map.entry(CheckKind.BATCH_DUPLICATES, "dim_benefits__employees__batch_duplicates"), // a version time
      Map.entry(CheckKind.SCD2_ONE_CURRENT, "dim_benefits__employees__scd2_one_current"), // deletes: close
      Map.entry(CheckKind.SCD2_NO_OVERLAP, "dim_petcare__households__scd2_no_overlap"),
      Map.entry(CheckKind.SCD2_NO_GAP, "dim_petcare__households__scd2_no_gap"),
      Map.entry(CheckKind.SCD2_VALID_WINDOW, "dim_petcare__households__scd2_valid_window"),
      Map.entry(CheckKind.EXPRESSION, "fct_benefits__claims__expression__paid_not_above_billed")));

  private static PipelineCatalog catalog;
  private static List<PlannedCheck> plan;

  @BeforeAll
  static void plan() {
    catalog = new PipelineCatalog(TestContracts.examples());
    plan = CheckPlanner.plan(catalog);
  }

  static Stream<Arguments> cases() {
    return Dialects.names().stream().filter(d -> Dialects.byName(d).buildsPipeline()).flatMap(d -> Stream.of(CheckKind.values()).map(k -> Arguments.of(d, k)));
  }

  @Test
  void everyKindHasAChosenCheckOfThatKind() {
    assertThat(CHOSEN).containsOnlyKeys(CheckKind.values());
    CHOSEN.forEach((kind, name) -> assertThat(check(name).kind()).as(name).isEqualTo(kind));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void rendersTheGoldenSql(String dialect, CheckKind kind) throws IOException {
    Dialect d = Dialects.byName(dialect);
    String actual = new CheckSql(d, new Templates(d, null), catalog).render(check(CHOSEN.get(kind)));
    Path golden = GOLDEN.resolve(dialect).resolve(kind.wire() + ".sql");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (run with -Dgolden.update=true to create it)").isRegularFile();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static PlannedCheck check(String name) {
    return plan.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no planned check " + name));
  }
}
