package io.datapact.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.datapact.problem.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the parse errors of SnakeYAML and Jackson into a {@code yaml-syntax} message that a
 * contract author can act on: one line, the position of the fault, and a hint for the usual causes
 * (indentation, tabs, unclosed brackets and quotes, characters YAML does not allow).
 */
final class SyntaxErrors {
  private static final String DEFAULT_HINT = "fix the YAML syntax";

  /** Where the fault is, what it is and what would fix it; {@code rule} is yaml-syntax unless stated. */
  record Failure(String rule, Position position, String message, String hint) {
    Failure(Position position, String message, String hint) {
      this("yaml-syntax", position, message, hint);
    }
  }

  private SyntaxErrors() {}

  /**
   * Describes {@code error}, thrown while parsing {@code text}.
   *
   * @param current where the parser stood when it failed, used when the error has no position
   * @param event where the YAML event the parser last read starts, or null
   */
  static Failure describe(Exception error, String text, Position current, Position event) {
    if (error.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return marked(marked);
    }
    if (error.getCause() instanceof ReaderException reader) {
      return forbiddenCharacter(reader, text);
    }
    if (error instanceof StreamConstraintsException limit) {
      return tooComplex(limit, current);
    }
    if (error instanceof JsonProcessingException json) {
      JsonLocation location = json.getLocation();
      Position at = location == null ? current : YamlReader.position(location);
      String original = json.getOriginalMessage();
      if (original != null && original.startsWith("Expected a field name")) {
        // the parser stands after the refused key; the event it refused starts at the key
        at = event == null ? at : event;
        return original.contains("AliasEvent")
            ? new Failure(Anchors.RULE, at, "an alias cannot be a key", "write the key out")
            : new Failure(at, "a key must be a single value, not a list or a mapping", "write the key as plain text");
      }
      return new Failure(at, firstLine(json.getOriginalMessage()), DEFAULT_HINT);
    }
    // SnakeYAML reports a few limits as plain runtime exceptions.
    return new Failure(current, "cannot parse YAML: " + firstLine(error.getMessage()), DEFAULT_HINT);
  }

  private static Failure marked(MarkedYAMLException e) {
    Position at = position(e.getProblemMark());
    String problem = readable(firstLine(e.getProblem()));
    String context = e.getContext() == null ? "" : firstLine(e.getContext());
    Mark contextMark = e.getContextMark();
    String opened = contextMark == null ? "" : " at " + position(contextMark);
    if (problem.contains("\\t(TAB)")) {
      return new Failure(at, "a tab character cannot indent YAML", "indent with spaces");
    }
    if (problem.startsWith("found character '@'") || problem.startsWith("found character '`'")) {
      return new Failure(at, "a plain value cannot start with " + problem.substring(16, 19),
          "put the value in quotes");
    }
    String message = context.isEmpty() ? problem : problem + " (" + context + opened + ")";
    String hint = DEFAULT_HINT;
    if (problem.startsWith("mapping values are not allowed")) {
      hint = "check the indentation of this line, or quote a value that contains ': '";
    } else if (context.contains("flow mapping")) {
      hint = "close the '{'" + opened + " with '}', or separate its entries with ','";
    } else if (context.contains("flow sequence")) {
      hint = "close the '['" + opened + " with ']', or separate its entries with ','";
    } else if (context.contains("quoted scalar")) {
      hint = "close the quote opened" + opened;
    } else if (context.contains("block")) {
      hint = "check the indentation: the keys of one mapping and the items of one list start in the same column";
    }
    return new Failure(at, message, hint);
  }

  /** SnakeYAML's token names in words: {@code but got :} becomes {@code but found ':'}. */
  private static String readable(String problem) {
    return problem
        .replaceAll("but got ([^<\\s]\\S*)$", "but found '$1'")
        .replace("but got ", "but found ")
        .replace("<scalar>", "a value")
        .replace("'?'", "a new key")
        .replace("<block end>", "the end of the block")
        .replace("<block mapping start>", "a mapping")
        .replace("<block sequence start>", "a list")
        .replace("StreamEnd", "end of file")
        .replace("end of stream", "end of file");
  }

  private static Failure forbiddenCharacter(ReaderException e, String text) {
    int codePoint = e.getCodePoint();
    String what = Character.isISOControl(codePoint) ? "control character" : "character";
    return new Failure(positionOfCodePoint(text, e.getPosition()),
        String.format("%s U+%04X is not allowed in YAML", what, codePoint),
        "remove it; inside double quotes, write it as an escape such as \\t or \\u00A0");
  }

  private static Failure tooComplex(StreamConstraintsException e, Position current) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return new Failure(current, "YAML is nested more than "
          + StreamReadConstraints.defaults().getMaxNestingDepth() + " levels deep",
          "a contract needs a few levels at most; look for unclosed '[' or '{'");
    }
    // e.g. "Number value length (1200) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)"
    return new Failure(current, message.replaceAll(", from `[^`]*`", ""), DEFAULT_HINT);
  }

  /** The line and column of the code point at {@code index} (SnakeYAML counts code points). */
  private static Position positionOfCodePoint(String text, int index) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int i = 0; i < index && offset < text.length(); i++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The first line of a message, trimmed; a trailing colon that introduced the next line is dropped. */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String text = message.strip();
    int newline = text.indexOf('\n');
    if (newline < 0) {
      return text;
    }
    String line = text.substring(0, newline).strip();
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }
}
