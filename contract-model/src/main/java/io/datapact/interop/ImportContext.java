package io.datapact.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.datapact.model.Severity;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.yaml.Pointers;
import io.datapact.yaml.SourceDocument;

/** One file being imported: its document and where its problems go. Not thread-safe. */
final class ImportContext {
  /** A part of the source that has no place in a native contract. */
  static final String DROPPED = "import-dropped";
  /** A part of the source that was imported with a change the user should review. */
  static final String ADJUSTED = "import-adjusted";

  private final SourceDocument doc;
  private final Problems problems;

  ImportContext(SourceDocument doc, Problems problems) {
    this.doc = doc;
    this.problems = problems;
  }

  SourceDocument doc() {
    return doc;
  }

  String file() {
    return doc.file();
  }

  /** The mapping at {@code pointer}, whose keys are tracked so that unread ones can be reported. */
  Element element(String pointer) {
    return new Element(this, doc.root().at(pointer), pointer);
  }

  /** Warns that the element at {@code pointer} was not imported. */
  void dropped(String pointer, String message) {
    warn(DROPPED, pointer, message);
  }

  /** Warns that the element at {@code pointer} was imported with a change. */
  void adjusted(String pointer, String message) {
    warn(ADJUSTED, pointer, message);
  }

  void warn(String rule, String pointer, String message) {
    problems.add(new Problem(rule, Severity.WARN, doc.file(), doc.keyAt(pointer), Pointers.display(pointer), message,
        null));
  }

  void error(String rule, String pointer, String message, String hint) {
    problems.add(new Problem(rule, Severity.ERROR, doc.file(), doc.keyAt(pointer), Pointers.display(pointer), message,
        hint));
  }

  /** True for values that state nothing: absent, null, false, -1, empty text, list or mapping. */
  static boolean empty(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull()
        || node.isBoolean() && !node.booleanValue()
        || node.isNumber() && node.asLong() == -1 && node.isIntegralNumber()
        || node.isTextual() && node.asText().isBlank()
        || node.isContainerNode() && node.isEmpty();
  }
}
