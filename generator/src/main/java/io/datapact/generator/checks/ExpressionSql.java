package io.datapact.generator.checks;

import io.datapact.generator.sql.Dialect;
import io.datapact.model.Expression;
import io.datapact.model.Expression.Kind;
import io.datapact.model.Expression.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A contract expression as SQL, rebuilt from its tokens (never from its text): field names become
 * the dialect's quoted columns, string literals are quoted again, everything else is a token the
 * validation has allowed.
 */
public final class ExpressionSql {
  private ExpressionSql() {}

  /** The fields an expression reads, in order of first use; bare names match ignoring case. */
  public static List<String> columns(Expression e, List<String> fields) {
    List<String> out = new ArrayList<>();
    for (Token t : e.columns()) {
      String field = field(t, fields);
      if (!out.contains(field)) {
        out.add(field);
      }
    }
    return out;
  }

  /**
   * The expression as SQL; {@code column} turns a field name into SQL (a qualified column, or a
   * replacement value). Placeholders and tokens validation refuses are refused here too.
   */
  public static String render(Expression e, List<String> fields, Dialect d, Function<String, String> column) {
    return render(e, fields, d, column, (name, afterEquals) -> {
      throw new IllegalArgumentException("placeholder {{ " + name + " }} in a check");
    });
  }

  /**
   * The expression as SQL with {@code {{ param }}} placeholders rendered by {@code parameter}, which
   * is told the placeholder's name and whether it directly follows an {@code =} operator.
   */
  public static String render(Expression e, List<String> fields, Dialect d, Function<String, String> column,
      BiFunction<String, Boolean, String> parameter) {
    Set<Integer> columnOffsets = new HashSet<>();
    e.columns().forEach(t -> columnOffsets.add(t.offset()));
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : e.tokens()) {
      if (previous != null && spaced(previous, t)) {
        out.append(' ');
      }
      if (t.kind() == Kind.PARAMETER) {
        boolean afterEquals = previous != null && previous.kind() == Kind.OPERATOR && previous.value().equals("=");
        out.append(parameter.apply(t.value(), afterEquals));
      } else {
        out.append(columnOffsets.contains(t.offset()) ? column.apply(field(t, fields)) : token(t, d));
      }
      previous = t;
    }
    return out.toString();
  }

  private static boolean spaced(Token previous, Token next) {
    return previous.kind() != Kind.OPEN && next.kind() != Kind.CLOSE && next.kind() != Kind.COMMA
        && !(next.kind() == Kind.OPEN && call(previous));
  }

  /** A name directly before '(' that is a function, not a keyword such as {@code in} or {@code not}. */
  private static boolean call(Token t) {
    return t.kind() == Kind.QUOTED_IDENTIFIER || t.kind() == Kind.IDENTIFIER && !Expression.KEYWORDS.contains(t.lower());
  }

  private static String token(Token t, Dialect d) {
    return switch (t.kind()) {
      case STRING -> d.literal(t.value());
      case QUOTED_IDENTIFIER -> d.quote(t.value());
      case IDENTIFIER, NUMBER, OPERATOR, OPEN, CLOSE, COMMA -> t.value();
      default -> throw new IllegalArgumentException("'" + t.value() + "' at offset " + t.offset()
          + " is not allowed in an expression");
    };
  }

  /** The field a column token names: quoted names exactly, bare names ignoring case. */
  private static String field(Token t, List<String> fields) {
    for (String f : fields) {
      if (t.kind() == Kind.QUOTED_IDENTIFIER ? f.equals(t.value()) : f.equalsIgnoreCase(t.value())) {
        return f;
      }
    }
    throw new IllegalArgumentException("'" + t.value() + "' is no field of the contract");
  }
}
