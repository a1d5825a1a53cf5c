package io.datapact.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one contract file into a {@link SourceDocument}, keeping the position of every node.
 *
 * <p>Never throws for bad input: unreadable paths, oversized files, text that is not UTF-8, YAML
 * syntax errors, duplicate keys, empty files and several documents in one file each become a
 * {@link Problem} with the file's position. Scalars are read as YAML 1.2 reads them, and anchors
 * and aliases are expanded within a budget ({@link TreeBuilder}, {@link Anchors}). Thread-safe.
 */
public final class YamlReader {
  private static final String EMPTY_HINT = "write a contract, starting with 'apiVersion: datapact/v1'";

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
    this.factory = new AnchorAwareYamlFactory(YAMLFactory.builder().loaderOptions(options));
  }

  /** Reads {@code path}; on failure adds a problem and returns empty. */
  public Optional<SourceDocument> read(Path path, String display, Problems problems) {
    TreeBuilder reading = new TreeBuilder(display, problems);
    Optional<String> text = readText(path, reading);
    return text.flatMap(t -> parse(t, reading));
  }

  /** Parses YAML text already in memory, as if read from {@code display}. */
  public Optional<SourceDocument> parse(String text, String display, Problems problems) {
    return parse(text, new TreeBuilder(display, problems));
  }

  private Optional<String> readText(Path path, TreeBuilder reading) {
    try {
      if (Files.isDirectory(path)) {
        reading.fail("file-unreadable", Position.START, "", "is a directory, not a contract file",
            "name the contract files inside it, or make it the contracts directory");
        return Optional.empty();
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        reading.fail("file-too-large", Position.START, "",
            "file is " + size + " bytes, more than the limit of " + maxBytes + " bytes",
            "split the data out of the contract or raise datapact.maxFileBytes");
        return Optional.empty();
      }
      return decode(Files.readAllBytes(path), reading);
    } catch (NoSuchFileException e) {
      reading.fail("file-unreadable", Position.START, "", "file does not exist", "check the path");
    } catch (AccessDeniedException e) {
      reading.fail("file-unreadable", Position.START, "", "permission denied", "make the file readable by the build");
    } catch (IOException e) {
      reading.fail("file-unreadable", Position.START, "", "cannot read file: " + e.getMessage(), "check the path");
    }
    return Optional.empty();
  }

  private static Optional<String> decode(byte[] bytes, TreeBuilder reading) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      reading.fail("yaml-encoding", Position.START, "", "file is UTF-16 encoded", "save it as UTF-8");
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
      reading.fail("yaml-encoding", positionOfByte(bytes, start, bad), "",
          String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[bad] & 0xFF, bad),
          "save the file as UTF-8");
    } catch (CharacterCodingException e) {
      reading.fail("yaml-encoding", Position.START, "", "file is not valid UTF-8", "save the file as UTF-8");
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

  private Optional<SourceDocument> parse(String text, TreeBuilder reading) {
    JsonParser parser = null;
    try {
      parser = factory.createParser(text);
      return document(parser, text, reading);
    } catch (Refusal e) {
      reading.fail(e.rule(), e.position(), "", e.getMessage(), e.hint());
    } catch (IOException | RuntimeException e) {
      Position current = parser == null ? Position.START : position(parser.currentLocation());
      Position event = parser instanceof AnchorAwareYamlFactory.Parser yaml ? yaml.lastEventStart() : null;
      SyntaxErrors.Failure failure = SyntaxErrors.describe(e, text, current, event);
      reading.fail(failure.rule(), failure.position(), "", failure.message(), failure.hint());
    } catch (StackOverflowError e) {
      // Deep nesting below Jackson's depth limit can still exhaust a small thread stack: a problem, not a crash.
      Position current = parser == null ? Position.START : position(parser.currentLocation());
      reading.fail("yaml-syntax", current, "", "YAML is nested too deeply to read",
          "a contract needs a few levels at most; look for unclosed '[' or '{'");
    } finally {
      closeQuietly(parser);
    }
    return Optional.empty();
  }

  /** Reads the one document of the file, or reports why there is none or more than one. */
  private Optional<SourceDocument> document(JsonParser parser, String text, TreeBuilder reading) throws IOException {
    if (parser.nextToken() == null) {
      reading.fail("yaml-empty", Position.START, "", "file holds no YAML document", EMPTY_HINT);
      return Optional.empty();
    }
    JsonNode root = reading.value(parser, "", true);
    if (root.isNull() || root.isMissingNode() || (root.isTextual() && root.asText().isEmpty())) {
      // A lone '---' is an empty plain scalar, which Jackson reads as "".
      reading.fail("yaml-empty", Position.START, "", "file holds an empty document", EMPTY_HINT);
      return Optional.empty();
    }
    if (parser.nextToken() != null) {
      Position second = position(parser.currentTokenLocation());
      boolean emptySecond = parser.currentToken().isScalarValue() && parser.getText().isEmpty()
          && parser.nextToken() == null;
      reading.fail("yaml-multiple-documents", documentStart(text, second), "",
          emptySecond ? "file ends with '---', which starts a second, empty YAML document"
              : "file holds more than one YAML document",
          emptySecond ? "remove the last '---'" : "keep one contract per file");
      return Optional.empty();
    }
    if (reading.failed()) {
      return Optional.empty();
    }
    return Optional.of(reading.document(root));
  }

  /**
   * The {@code ---} line that starts the document whose first token is at {@code token}, or
   * {@code token} itself when there is none (a document may also start after {@code ...}).
   */
  private static Position documentStart(String text, Position token) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(token.line(), lines.length) - 1; i >= 0; i--) {
      String line = lines[i];
      if (line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)))) {
        return new Position(i + 1, 1);
      }
      if (line.startsWith("...")) {
        break;
      }
    }
    return token;
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // nothing was written; a failed close of an in-memory parser changes no result
      }
    }
  }

  /** A 1-based position from a Jackson location (which may report 0 or -1 when unknown). */
  static Position position(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
