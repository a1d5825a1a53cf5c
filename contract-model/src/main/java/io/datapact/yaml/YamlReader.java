package io.datapact.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.datapact.model.Severity;
import io.datapact.problem.Position;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one contract file into a {@link SourceDocument}, keeping the position of every node.
 *
 * <p>Never throws for bad input: unreadable paths, oversized files, text that is not UTF-8, YAML
 * syntax errors, duplicate keys, empty files and several documents in one file each become a
 * {@link Problem} with the file's position. Thread-safe.
 */
public final class YamlReader {
  /** Default size limit: far above any hand-written contract, far below what hurts the build. */
  public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

  private final long maxBytes;
  private final YAMLFactory factory;

  /** A reader with {@link #DEFAULT_MAX_BYTES}. */
  public YamlReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses files larger than {@code maxBytes}. */
  public YamlReader(long maxBytes) {
    this.maxBytes = maxBytes;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes + 16));
    options.setMaxAliasesForCollections(50);
    this.factory = YAMLFactory.builder().loaderOptions(options).build();
  }

  /** Reads {@code path}; on failure adds a problem and returns empty. */
  public Optional<SourceDocument> read(Path path, String display, Problems problems) {
    Reading reading = new Reading(display, problems);
    Optional<String> text = readText(path, reading);
    return text.flatMap(t -> parse(t, reading));
  }

  /** Parses YAML text already in memory, as if read from {@code display}. */
  public Optional<SourceDocument> parse(String text, String display, Problems problems) {
    return parse(text, new Reading(display, problems));
  }

  private Optional<String> readText(Path path, Reading reading) {
    try {
      if (Files.isDirectory(path)) {
        reading.fail("file-unreadable", Position.START, "is a directory, not a contract file",
            "point the contracts directory at the folder that holds it");
        return Optional.empty();
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        reading.fail("file-too-large", Position.START,
            "file is " + size + " bytes, more than the limit of " + maxBytes + " bytes",
            "split the data out of the contract or raise datapact.maxFileBytes");
        return Optional.empty();
      }
      return decode(Files.readAllBytes(path), reading);
    } catch (NoSuchFileException e) {
      reading.fail("file-unreadable", Position.START, "file does not exist", "check the path");
    } catch (AccessDeniedException e) {
      reading.fail("file-unreadable", Position.START, "permission denied", "make the file readable by the build");
    } catch (IOException e) {
      reading.fail("file-unreadable", Position.START, "cannot read file: " + e.getMessage(), "check the path");
    }
    return Optional.empty();
  }

  private static Optional<String> decode(byte[] bytes, Reading reading) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      reading.fail("yaml-encoding", Position.START, "file is UTF-16 encoded", "save it as UTF-8");
      return Optional.empty();
    }
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return Optional.of(decoder.decode(buffer).toString());
    } catch (MalformedInputException e) {
      int bad = findInvalidUtf8(bytes, start);
      reading.fail("yaml-encoding", positionOfByte(bytes, start, bad),
          String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[bad] & 0xFF, bad),
          "save the file as UTF-8");
    } catch (CharacterCodingException e) {
      reading.fail("yaml-encoding", Position.START, "file is not valid UTF-8", "save the file as UTF-8");
    }
    return Optional.empty();
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int findInvalidUtf8(byte[] bytes, int from) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length - 1;
  }

  private static Position positionOfByte(byte[] bytes, int start, int offset) {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Position(line, column);
  }

  private Optional<SourceDocument> parse(String text, Reading reading) {
    try (JsonParser parser = factory.createParser(text)) {
      if (parser.nextToken() == null) {
        reading.fail("yaml-empty", Position.START, "file holds no YAML document",
            "write a contract, starting with 'apiVersion: datapact/v1'");
        return Optional.empty();
      }
      JsonNode root = reading.value(parser, "", true);
      if (root.isNull() || root.isMissingNode()) {
        reading.fail("yaml-empty", Position.START, "file holds an empty document",
            "write a contract, starting with 'apiVersion: datapact/v1'");
        return Optional.empty();
      }
      if (parser.nextToken() != null) {
        reading.fail("yaml-multiple-documents", position(parser.currentTokenLocation()),
            "file holds more than one YAML document", "keep one contract per file");
        return Optional.empty();
      }
      if (reading.failed) {
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(reading.display, root, reading.values, reading.keys));
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        reading.fail("yaml-syntax", position(marked.getProblemMark()), syntaxMessage(marked),
            "fix the YAML syntax");
      } else {
        JsonLocation location = e.getLocation();
        reading.fail("yaml-syntax", location == null ? Position.START : position(location),
            firstLine(e.getOriginalMessage()), "fix the YAML syntax");
      }
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits (nesting depth, alias expansion) as runtime exceptions.
      reading.fail("yaml-syntax", Position.START, "cannot parse YAML: " + firstLine(e.getMessage()),
          "fix the YAML syntax");
    }
    return Optional.empty();
  }

  /** SnakeYAML's problem, then its context with the context's position, in one line. */
  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = firstLine(e.getProblem()).replace("StreamEnd", "end of file");
    String context = e.getContext();
    if (context == null) {
      return problem;
    }
    Mark mark = e.getContextMark();
    return problem + " (" + firstLine(context) + (mark == null ? "" : " at " + position(mark)) + ")";
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }

  static Position position(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** The state of reading one file. */
  private static final class Reading {
    private final String display;
    private final Problems problems;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private boolean failed;

    Reading(String display, Problems problems) {
      this.display = display;
      this.problems = problems;
    }

    void fail(String rule, Position position, String message, String hint) {
      failed = true;
      problems.add(new Problem(rule, Severity.ERROR, display, position, "", message, hint));
    }

    /** Reads the value at the current token; {@code record} is false inside a duplicate key's value. */
    JsonNode value(JsonParser p, String pointer, boolean record) throws IOException {
      JsonToken token = p.currentToken();
      if (record) {
        values.put(pointer, position(p.currentTokenLocation()));
      }
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      switch (token) {
        case START_OBJECT:
          return object(p, pointer, record);
        case START_ARRAY:
          ArrayNode array = nodes.arrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(p, Pointers.index(pointer, array.size()), record));
          }
          return array;
        case VALUE_STRING:
          return nodes.textNode(p.getText());
        case VALUE_NUMBER_INT:
          return nodes.numberNode(p.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          return nodes.numberNode(p.getDecimalValue());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
        case VALUE_EMBEDDED_OBJECT:
          return nodes.textNode(p.getText());
        default:
          return nodes.nullNode();
      }
    }

    private ObjectNode object(JsonParser p, String pointer, boolean record) throws IOException {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String key = p.currentName();
        Position keyPosition = position(p.currentTokenLocation());
        String child = Pointers.member(pointer, key);
        boolean duplicate = object.has(key);
        if (duplicate && record) {
          fail("yaml-duplicate-key", keyPosition, "key '" + key + "' appears twice in the same mapping",
              "remove one of them; the first is at line " + keys.get(child).line());
        }
        if (record && !duplicate) {
          keys.put(child, keyPosition);
        }
        p.nextToken();
        JsonNode value = value(p, child, record && !duplicate);
        if (!duplicate) {
          object.set(key, value);
        }
      }
      return object;
    }
  }
}
