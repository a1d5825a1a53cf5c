package io.datapact.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SemVerTest {
  private static SemVer v(String text) {
    return SemVer.parse(text).orElseThrow(() -> new AssertionError("not semver: " + text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      0.0.0                          | 0         | 0  | 0  | -
      1.2.3                          | 1         | 2  | 3  | -
      10.20.30                       | 10        | 20 | 30 | -
      999999999.0.0                  | 999999999 | 0  | 0  | -
      1.0.0-alpha                    | 1         | 0  | 0  | alpha
      1.0.0-alpha.1                  | 1         | 0  | 0  | alpha.1
      1.0.0-0.3.7                    | 1         | 0  | 0  | 0.3.7
      1.0.0-x.7.z.92                 | 1         | 0  | 0  | x.7.z.92
      1.0.0-x-y-z.--                 | 1         | 0  | 0  | x-y-z.--
      1.0.0-0a.00b                   | 1         | 0  | 0  | 0a.00b
      1.0.0+20130313144700           | 1         | 0  | 0  | -
      1.0.0-beta+exp.sha.5114f85     | 1         | 0  | 0  | beta
      1.0.0+21AF26D3----117B344092BD | 1         | 0  | 0  | -
      """)
  void parsesVersions(String text, int major, int minor, int patch, String preRelease) {
    assertThat(v(text)).isEqualTo(new SemVer(major, minor, patch, preRelease));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "1.2.3-01",
      "1.2.3-alpha.01", "1.2.3-alpha..1", "1.2.3+", "1.2.3+a..b", "1.2.3-+b", "v1.2.3", " 1.2.3", "1.2.3 ",
      "1.2.3-alpha_beta", "1.2.3-é", "-1.0.0", "1.2.x", "1234567890.0.0", "1.0.0-rc 1"})
  void refusesWhatIsNotSemver(String text) {
    assertThat(SemVer.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesNothing(String text) {
    assertThat(SemVer.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1.0.0-beta+exp.sha.5114f85, 1.0.0-beta", "1.0.0+build.1, 1.0.0", "2.1.0, 2.1.0"})
  void printsWithoutBuildMetadata(String text, String printed) {
    assertThat(v(text).toString()).isEqualTo(printed);
  }

  /** In increasing precedence, after semver.org 11: pre-releases, then numeric order per part. */
  private static final List<String> ORDER = List.of(
      "0.9.9",
      "1.0.0-0",
      "1.0.0-2",
      "1.0.0-10",
      "1.0.0-99999999999999999999",
      "1.0.0-100000000000000000000",
      "1.0.0-Alpha",
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "1.0.1",
      "1.9.0",
      "1.10.0",
      "1.11.0",
      "2.0.0-rc.1",
      "2.0.0",
      "2.1.0",
      "2.1.1",
      "10.0.0");

  @Test
  void ordersByPrecedence() {
    for (int i = 0; i < ORDER.size(); i++) {
      for (int j = 0; j < ORDER.size(); j++) {
        int expected = Integer.signum(Integer.compare(i, j));
        assertThat(Integer.signum(v(ORDER.get(i)).compareTo(v(ORDER.get(j)))))
            .as(ORDER.get(i) + " vs " + ORDER.get(j)).isEqualTo(expected);
      }
    }
  }

  @Test
  void sortsShuffledVersions() {
    List<SemVer> versions = new ArrayList<>(ORDER.stream().map(SemVerTest::v).toList());
    Collections.shuffle(versions, new Random(42));
    Collections.sort(versions);
    assertThat(versions.stream().map(SemVer::toString).toList()).isEqualTo(ORDER);
  }

  @Test
  void ignoresBuildMetadata() {
    assertThat(v("1.0.0+a").compareTo(v("1.0.0+b"))).isZero();
    assertThat(v("1.0.0+a")).isEqualTo(v("1.0.0"));
    assertThat(v("1.0.0-rc.1+a").compareTo(v("1.0.0-rc.1"))).isZero();
  }

  @Test
  void releaseRanksAboveItsPreReleasesOnly() {
    assertThat(v("1.0.0").compareTo(v("1.0.0-rc.1"))).isPositive();
    assertThat(v("1.0.0-rc.1").compareTo(v("1.0.0"))).isNegative();
    assertThat(v("1.0.0").compareTo(v("1.0.1-alpha"))).isNegative();
  }
}
