package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.generator.TestContracts;
import io.datapact.model.Contract;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What batches hold and change, checked on the rows alone (the database checks are in {@link SyntheticExamplesTest}). */
class SyntheticDataTest {
  private static List<Contract> examples;
  private static SyntheticData data;

  @BeforeAll
  static void generate() {
    examples = TestContracts.examples();
    data = SyntheticData.generate(examples, SyntheticOptions.defaults().withSeed(11).withDefaultRows(500).withVolumeBounds(false));
  }

  static Contract example(String id, int major) {
    return examples.stream().filter(c -> c.id().equals(id) && c.majorVersion() == major).findFirst().orElseThrow();
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
    SyntheticData again = SyntheticData.generate(examples, SyntheticOptions.defaults().withSeed(11).withDefaultRows(500).withVolumeBounds(false));
    SyntheticData other = SyntheticData.generate(examples, SyntheticOptions.defaults().withSeed(12).withDefaultRows(500).withVolumeBounds(false));
    for (Contract c : examples) {
      for (int b = 1; b <= 2; b++) {
        List<Object[]> rows = Rows.list(data.batch(c, b));
        assertThat(Rows.list(again.batch(c, b))).as(c.id() + " batch " + b).containsExactlyElementsOf(rows);
        assertThat(Rows.list(data.batch(c, b))).as("iterating again").containsExactlyElementsOf(rows);
        assertThat(Rows.list(other.batch(c, b))).as(c.id() + " other seed").isNotEqualTo(rows);
      }
    }
  }

  @Test
  void rowCountsAreConfigurablePerContract() {
    Contract claims = example("benefits.claims", 2);
    SyntheticData sized = SyntheticData.generate(examples, SyntheticOptions.defaults().withDefaultRows(20)
        .withRows("benefits.claims", 3_000));
    assertThat(sized.batch(claims, 1).size()).isEqualTo(3_000);
    assertThat(sized.batch(example("benefits.companies", 1), 1).size()).as("raised to minRows").isEqualTo(50);
    SyntheticData unbounded = SyntheticData.generate(examples, SyntheticOptions.defaults().withDefaultRows(20)
        .withVolumeBounds(false));
    assertThat(unbounded.batch(example("benefits.companies", 1), 1).size()).isEqualTo(20);
    assertThat(SyntheticOptions.defaults().rowsOf("any.thing")).isEqualTo(1_000);
  }

  @Test
  void rowCountsMeetTheVolumeBounds() {
    SyntheticData bounded = SyntheticData.generate(examples, SyntheticOptions.defaults().withDefaultRows(100));
    for (Contract c : bounded.contracts()) {
      var volume = c.sla() == null ? null : c.sla().volume();
      int first = bounded.batch(c, 1).size();
      int second = bounded.batch(c, 2).size();
      if (volume != null && volume.minRows() != null) {
        assertThat((long) first).as(c.id() + " batch 1 rows").isGreaterThanOrEqualTo(volume.minRows());
      }
      if (volume != null && volume.maxRows() != null) {
        assertThat((long) first + second).as(c.id() + " rows").isLessThanOrEqualTo(volume.maxRows());
      }
    }
  }

  @Test
  void everyRowMeetsItsContractsChecks() {
    java.time.Instant now = java.time.Instant.parse("2026-03-01T12:00:00Z");
    SyntheticData checked = SyntheticData.generate(examples, SyntheticOptions.defaults().withDefaultRows(300)
        .withVolumeBounds(false).withNow(now));
    for (Contract c : checked.contracts()) {
      for (var check : c.checks()) {
        ExpressionEvaluator e = ExpressionEvaluator.compile(io.datapact.model.Expression.parse(check.expression()), now);
        for (int b = 1; b <= 2; b++) {
          for (Object[] row : checked.batch(c, b)) {
            assertThat(e.passes(name -> row[Rows.field(c, c.field(name).isPresent() ? name
                : c.fields().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElseThrow().name())]))
                .as(c.id() + " " + check.name() + " " + Arrays.toString(row)).isTrue();
          }
        }
      }
    }
  }

  @Test
  void freshnessColumnsLieJustBeforeNowBatchOneFirst() {
    java.time.Instant now = java.time.Instant.parse("2026-03-01T12:00:00Z");
    SyntheticData fresh = SyntheticData.generate(examples, SyntheticOptions.defaults().withDefaultRows(200)
        .withVolumeBounds(false).withNow(now));
    for (Contract c : fresh.contracts()) {
      if (c.sla() == null || c.sla().freshness() == null || c.field(c.sla().freshness().column()).isEmpty()) {
        continue;
      }
      var fr = c.sla().freshness();
      java.time.Duration age = io.datapact.model.Durations.parse(fr.warnAfter() != null ? fr.warnAfter() : fr.errorAfter());
      int f = Rows.field(c, fr.column());
      java.time.Instant newestOfFirst = java.time.Instant.MIN;
      for (Object[] row : fresh.batch(c, 1)) {
        java.time.Instant t = instant(row[f]);
        assertThat(t).as(c.id() + " batch 1").isBetween(now.minus(age), now);
        newestOfFirst = t.isAfter(newestOfFirst) ? t : newestOfFirst;
      }
      java.time.Instant newestOfSecond = java.time.Instant.MIN;
      for (Object[] row : fresh.batch(c, 2)) {
        java.time.Instant t = instant(row[f]);
        assertThat(t).as(c.id() + " batch 2").isBetween(now.minus(age), now);
        newestOfSecond = t.isAfter(newestOfSecond) ? t : newestOfSecond;
      }
      assertThat(newestOfSecond).as(c.id() + " batch 2 newer").isAfter(newestOfFirst);
    }
  }

  private static java.time.Instant instant(Object v) {
    if (v instanceof java.time.LocalDateTime t) {
      return t.toInstant(java.time.ZoneOffset.UTC);
    }
    if (v instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return ((java.time.LocalDate) v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  @Test
  void contractsComeAfterThoseTheyReference() {
    List<String> order = data.contracts().stream().map(Contract::id).toList();
    assertThat(order.indexOf("benefits.companies")).isLessThan(order.indexOf("benefits.employees"));
    assertThat(order.indexOf("benefits.employees")).isLessThan(order.indexOf("benefits.claims"));
    assertThat(order.lastIndexOf("benefits.plans")).isLessThan(order.indexOf("benefits.enrollments"));
    assertThat(order.indexOf("petcare.households")).isLessThan(order.indexOf("petcare.pets"));
    assertThat(order.indexOf("petcare.pets")).isLessThan(order.indexOf("petcare.care_tasks"));
    assertThat(data.warnings()).isEmpty();
  }

  @Test
  void aSnapshotHoldsEveryKeyStillThereAndLeavesDeletedOnesOut() {
    for (Contract c : List.of(example("benefits.employees", 3), example("petcare.households", 1))) {
      Set<List<Object>> first = Rows.byKey(c, data.batch(c, 1)).keySet();
      Set<List<Object>> second = Rows.byKey(c, data.batch(c, 2)).keySet();
      long deleted = first.stream().filter(k -> !second.contains(k)).count();
      long added = second.stream().filter(k -> !first.contains(k)).count();
      assertThat(deleted).as(c.id() + " deleted keys").isBetween(2L, 30L);
      assertThat(added).as(c.id() + " new keys").isEqualTo(50);
      assertThat(data.batch(c, 2).size()).isEqualTo(first.size() - deleted + added);
    }
  }

  @Test
  void aDeletedFlagMarksDeletionsInBatchTwoOnly() {
    Contract users = example("petcare.app_users", 1);
    int flag = Rows.field(users, "is_deleted");
    assertThat(Rows.list(data.batch(users, 1))).allSatisfy(r -> assertThat(r[flag]).isEqualTo(false));
    Map<List<Object>, Object[]> first = Rows.byKey(users, data.batch(users, 1));
    List<Object[]> flagged = Rows.list(data.batch(users, 2)).stream().filter(r -> r[flag].equals(true)).toList();
    assertThat(flagged).hasSizeBetween(2, 30).allSatisfy(r -> assertThat(first).containsKey(Rows.key(users, r)));
    int exportedAt = Rows.field(users, "exported_at");
    assertThat(flagged).allSatisfy(r -> assertThat(later(r[exportedAt], first.get(Rows.key(users, r))[exportedAt])).isTrue());
  }

  @Test
  void scd2UpdatesComeLaterAndChangeATrackedField() {
    Contract employees = example("benefits.employees", 3);
    Map<List<Object>, Object[]> first = Rows.byKey(employees, data.batch(employees, 1));
    List<Integer> tracked = employees.scd().tracked().stream().map(n -> Rows.field(employees, n)).toList();
    int updatedAt = Rows.field(employees, "updated_at");
    List<Object[]> updates = Rows.list(data.batch(employees, 2)).stream()
        .filter(r -> first.containsKey(Rows.key(employees, r)) && !Arrays.equals(r, first.get(Rows.key(employees, r))))
        .toList();
    assertThat(updates).hasSizeBetween(25, 80);
    for (Object[] r : updates) {
      Object[] before = first.get(Rows.key(employees, r));
      assertThat(later(r[updatedAt], before[updatedAt])).isTrue();
      assertThat(tracked.stream().anyMatch(f -> !Objects.equals(r[f], before[f]))).as(Arrays.toString(r)).isTrue();
    }
  }

  @Test
  void factsGetNewKeysLateRowsUpdatesAndRedeliveries() {
    Contract claims = example("benefits.claims", 2);
    Map<List<Object>, Object[]> first = Rows.byKey(claims, data.batch(claims, 1));
    int time = Rows.field(claims, "updated_at");
    Object newestOfBatch1 = first.values().stream().map(r -> r[time]).max(comparator()).orElseThrow();
    List<Object[]> second = Rows.list(data.batch(claims, 2));
    List<Object[]> added = second.stream().filter(r -> !first.containsKey(Rows.key(claims, r))).toList();
    assertThat(added).hasSize(50);
    long late = added.stream().filter(r -> !later(r[time], newestOfBatch1)).count();
    assertThat(late).as("late facts").isBetween(5L, 30L);
    long resent = second.stream().filter(r -> Arrays.equals(r, first.get(Rows.key(claims, r)))).count();
    long changed = second.stream().filter(r -> first.containsKey(Rows.key(claims, r))).count() - resent;
    assertThat(resent).as("re-deliveries").isBetween(10L, 45L);
    assertThat(changed).as("updates").isBetween(25L, 80L);
  }

  @Test
  void insertOnlyContractsGetNoUpdates() {
    for (Contract c : List.of(example("benefits.diagnosis_codes", 1), example("petcare.activity_events", 1))) {
      Map<List<Object>, Object[]> first = Rows.byKey(c, data.batch(c, 1));
      assertThat(Rows.list(data.batch(c, 2))).filteredOn(r -> first.containsKey(Rows.key(c, r)))
          .isNotEmpty().allSatisfy(r -> assertThat(r).isEqualTo(first.get(Rows.key(c, r))));
    }
  }

  @Test
  void referencesToContractsNotGivenAreNullOrFollowTheFieldsRules() {
    Contract claims = example("benefits.claims", 2);
    SyntheticData alone = SyntheticData.generate(List.of(claims), SyntheticOptions.defaults().withDefaultRows(100));
    assertThat(alone.warnings()).hasSize(3).anySatisfy(w -> assertThat(w)
        .isEqualTo("benefits.claims.diagnosis_code: references benefits.diagnosis_codes.diagnosis_code, which is not"
            + " among the contracts; it is left NULL, so no row is an orphan"));
    int dx = Rows.field(claims, "diagnosis_code");
    int employee = Rows.field(claims, "employee_id");
    assertThat(Rows.list(alone.batch(claims, 1))).allSatisfy(r -> {
      assertThat(r[dx]).isNull();
      assertThat(r[employee]).isInstanceOf(Long.class);
    });
  }

  @Test
  void personalDataLooksRealButIsFake() {
    assertThat(values("benefits.claims", 2, "patient_email")).allMatch(v -> v.matches("[a-z]+\\.[a-z]+\\d{0,3}@example\\.(com|org|net)"));
    assertThat(values("benefits.claims", 2, "hsa_card_number")).allMatch(v -> v.matches("4\\d{15}") && luhn(v));
    assertThat(values("benefits.employees", 3, "full_name")).allMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
    assertThat(values("benefits.employees", 3, "ssn")).allMatch(v -> v.matches("9\\d\\d-\\d\\d-\\d{4}"));
    assertThat(values("benefits.employees", 3, "birth_date")).allMatch(v -> v.compareTo("1950-01-01") >= 0 && v.compareTo("2006") < 0);
    assertThat(values("petcare.households", 1, "street_address")).allMatch(v -> v.matches("\\d+ [A-Z][a-z]+ [A-Z][a-z]+(, Apt \\d+)?"));
    assertThat(values("petcare.households", 1, "postal_code")).allMatch(v -> v.matches("\\d{5}"));
    assertThat(values("petcare.households", 1, "phone")).allMatch(v -> v.matches("\\+1[2-9]\\d{9}"));
    assertThat(values("petcare.activity_events", 1, "ip_address")).allMatch(v -> v.matches("(10|192\\.168|203\\.0\\.113)(\\.\\d{1,3}){1,3}"))
        .allMatch(v -> java.util.Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).allMatch(o -> o >= 0 && o <= 255));
    assertThat(values("benefits.claims", 2, "provider_notes")).allMatch(v -> v.matches("[A-Z][a-z ]+\\."));
  }

  private static List<String> values(String id, int major, String field) {
    Contract c = example(id, major);
    int i = Rows.field(c, field);
    return Rows.list(data.batch(c, 1)).stream().map(r -> r[i]).filter(Objects::nonNull).map(Object::toString).toList();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int k = 0; k < digits.length(); k++) {
      int d = digits.charAt(digits.length() - 1 - k) - '0';
      sum += k % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
    return sum % 10 == 0;
  }

  @Test
  void rulesThatCannotBeMetAreReportedBeforeAnyRow() {
    Contract tiers = TestContracts.one(contract("{name: tier, type: string, required: true, unique: true, enum: [a, b, c]}"));
    assertThatThrownBy(() -> SyntheticData.generate(List.of(tiers), SyntheticOptions.defaults().withDefaultRows(5)))
        .hasMessageStartingWith("shop.things: no new value of [tier] found in 1000 attempts for row 4");
    Contract words = TestContracts.one(contract("{name: word, type: string, pattern: '^\\bx$'}"));
    assertThatThrownBy(() -> SyntheticData.generate(List.of(words), SyntheticOptions.defaults()))
        .hasMessage("shop.things.word: pattern '^\\bx$': the escape '\\b' at index 1 is not supported by the synthetic"
            + " data generator");
    Contract codes = TestContracts.one(contract("{name: code, type: string, pattern: '^[a-z]{5}$', length: {max: 3}}"));
    assertThatThrownBy(() -> SyntheticData.generate(List.of(codes), SyntheticOptions.defaults()))
        .hasMessage("shop.things.code: no text of pattern '^[a-z]{5}$' found within length 1..3 in 200 attempts");
  }

  private static String contract(String field) {
    return "apiVersion: datapact/v1\nid: shop.things\nversion: 1.0.0\nowner: {team: t}\nkind: source\nfields:\n  - "
        + field + "\n";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean later(Object a, Object b) {
    return ((Comparable) a).compareTo(b) > 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Object> comparator() {
    return (a, b) -> ((Comparable) a).compareTo(b);
  }
}
