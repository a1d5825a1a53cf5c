package io.datapact.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {
  @ParameterizedTest
  @CsvSource({"DataValue,data_value", "UniqueID,unique_id", "orders-latest,orders_latest", "claim_id,claim_id",
      "_id,id", "2fa code,n_2fa_code", "XMLHttpRequest,xml_http_request", "Air_Quality,air_quality", "café,caf"})
  void snakeCase(String in, String out) {
    assertThat(Names.snake(in, "x")).isEqualTo(out);
  }

  @Test
  void limits() {
    assertThat(Names.id("a_very_long_domain_name_here", "and_a_very_long_dataset_name")).hasSizeLessThanOrEqualTo(40)
        .matches("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*");
    assertThat(Names.field("x".repeat(80))).hasSize(54);
    assertThat(Names.unique("a", Set.of("a", "a_2"), 54)).isEqualTo("a_3");
    assertThat(Names.snake("!!!", "fallback")).isEqualTo("fallback");
  }
}
