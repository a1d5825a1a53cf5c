package io.datapact.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.datapact.problem.Position;
import java.io.CharArrayReader;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A YAML factory whose parsers tell the anchor ({@code &name}) of every value, scalars included.
 *
 * <p>Jackson's {@link YAMLParser#getCurrentAnchor()} reports anchors of mappings and lists only;
 * the anchor of a scalar value is dropped before its token is returned. The parser made here
 * reads it from the SnakeYAML event behind the current token instead.
 */
final class AnchorAwareYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  AnchorAwareYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader in, IOContext context) {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, in);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
    return _createParser(new CharArrayReader(data, offset, length), context);
  }

  /** A YAML parser that also reports the anchor of the current value. */
  static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader in) {
      super(context, features, yamlFeatures, options, codec, in);
    }

    /**
     * The anchor declared on the value at the current token ({@code &name}), or null. Only
     * meaningful right after {@link #nextToken()} returned a value token.
     */
    String valueAnchor() {
      return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent) ? node.getAnchor() : null;
    }

    /** Where the YAML event last read starts, or null; names the culprit when the parser refuses an event. */
    Position lastEventStart() {
      if (_lastEvent == null || _lastEvent.getStartMark() == null) {
        return null;
      }
      return new Position(_lastEvent.getStartMark().getLine() + 1, _lastEvent.getStartMark().getColumn() + 1);
    }

    /** True when the current token is a plain (unquoted) scalar, e.g. a key written as {@code <<}. */
    boolean isPlainScalar() {
      return _lastEvent instanceof org.yaml.snakeyaml.events.ScalarEvent scalar && scalar.isPlain();
    }
  }
}
