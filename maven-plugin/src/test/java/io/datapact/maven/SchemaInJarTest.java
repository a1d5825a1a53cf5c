package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The plugin jar carries the contract JSON Schema for editors, the same bytes the validator uses. */
class SchemaInJarTest {
  @Test
  void theJarHoldsTheValidatorsSchema() throws IOException {
    assertThat(read("/META-INF/datapact/schema/contract-v1.schema.json"))
        .isEqualTo(read("/io/datapact/schema/contract-v1.schema.json"))
        .startsWith("{".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = SchemaInJarTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
