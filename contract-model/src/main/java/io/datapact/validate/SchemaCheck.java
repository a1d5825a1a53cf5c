package io.datapact.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.datapact.model.Severity;
import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.yaml.Pointers;
import io.datapact.yaml.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks a document against the contract JSON Schema and turns each schema error into a problem
 * with a rule id {@code schema-<keyword>} (unknown keys: {@code schema-unknown-key}), the node's
 * position, and a message and hint from {@link SchemaMessages}. Thread-safe.
 */
public final class SchemaCheck {
  /** Classpath location of the schema, also published for editors. */
  public static final String SCHEMA_RESOURCE = "/io/datapact/schema/contract-v1.schema.json";

  private final Schema schema;
  private final SchemaMessages messages;

  /** Loads the bundled schema. */
  public SchemaCheck() {
    JsonNode schemaTree;
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      schemaTree = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + SCHEMA_RESOURCE, e);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    messages = new SchemaMessages(schemaTree);
  }

  /** Adds a problem per schema error; returns true when there was none. */
  public boolean check(SourceDocument doc, Problems problems) {
    List<Error> errors = new ArrayList<>(schema.validate(doc.root()));
    errors.sort(Comparator.comparing(e -> e.getInstanceLocation().toString()));
    for (Error error : errors) {
      problems.add(toProblem(doc, error));
    }
    return errors.isEmpty();
  }

  private Problem toProblem(SourceDocument doc, Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String keyword = error.getKeyword();
    String rule = "schema-" + kebab(keyword);
    Position position = doc.valueAt(pointer);
    String path = Pointers.display(pointer);
    if (keyword.equals("additionalProperties") || keyword.equals("propertyNames")) {
      // both are about a key of the mapping: point at that key
      String child = Pointers.member(pointer, error.getProperty());
      position = doc.keyAt(child);
      path = Pointers.display(child);
      if (keyword.equals("additionalProperties")) {
        rule = "schema-unknown-key";
      }
    }
    SchemaMessages.Text text = messages.describe(error, doc.root().at(pointer));
    return new Problem(rule, Severity.ERROR, doc.file(), position, path, text.message(), text.hint());
  }

  /** The JSON pointer of a schema library path. */
  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append(element instanceof Integer index ? "/" + index
          : Pointers.member("", String.valueOf(element)));
    }
    return out.toString();
  }

  private static String kebab(String keyword) {
    return keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
