package io.datapact.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifierLoadTimeTest {
  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T12:00:00Z", "2026-03-01T00:30:00Z", "2026-03-01T02:59:59Z", "2026-03-01T23:59:59Z"})
  void batchesAreLoadedInOrderBeforeNowOnNowsDay(String text) {
    Instant now = Instant.parse(text);
    Instant day = now.truncatedTo(ChronoUnit.DAYS);
    Instant previous = day.minusNanos(1);
    for (int i = 0; i < 3; i++) {
      Instant loaded = Verifier.loadedAt(now, 3, i);
      assertThat(loaded).isAfter(previous).isBefore(now).isAfterOrEqualTo(day);
      previous = loaded;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void anHourApartDuringTheDay(int count) {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    assertThat(Verifier.loadedAt(now, count, count - 1)).isEqualTo(now.minusSeconds(3600));
  }
}
