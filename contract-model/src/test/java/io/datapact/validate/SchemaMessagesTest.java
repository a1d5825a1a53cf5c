package io.datapact.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SchemaMessagesTest {
  @Test
  void everyKeywordTheSchemaChecksWithHasItsOwnWording() throws IOException {
    JsonNode schema;
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }

    assertThat(SchemaMessages.assertionKeywords(schema))
        .contains("propertyNames", "minItems", "maximum", "exclusiveMinimum")
        .isSubsetOf(SchemaMessages.KEYWORDS);
  }
}
