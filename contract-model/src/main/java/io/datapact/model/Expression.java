package io.datapact.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tokenised boolean SQL expression from a contract: a row filter or a table check.
 *
 * <p>Contracts may only state expressions over their own fields with literals, operators, a small
 * set of functions and {@code {{ param }}} placeholders. Tokenising lets validation reject
 * anything else (statement separators, comments, unknown columns) before any SQL is generated.
 */
public record Expression(String text, List<Token> tokens) {
  /** Words that are operators or literals, not column names. */
  public static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "in", "between",
      "like", "ilike", "true", "false", "case", "when", "then", "else", "end", "distinct", "from");

  /** Words that would make an expression more than an expression. */
  public static final Set<String> FORBIDDEN = Set.of("select", "insert", "update", "delete", "drop",
      "alter", "create", "grant", "revoke", "truncate", "copy", "attach", "detach", "pragma", "set",
      "call", "execute", "union", "into", "load", "install", "export", "import");

  /** Functions an expression may call. */
  public static final Set<String> FUNCTIONS = Set.of("coalesce", "lower", "upper", "trim", "length",
      "abs", "round", "floor", "ceil", "nullif", "cast", "current_date", "current_timestamp", "date_trunc");

  /** Token kinds. */
  public enum Kind { IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, PARAMETER, OPERATOR, OPEN, CLOSE,
    COMMA, SEMICOLON, COMMENT, UNTERMINATED, OTHER }

  /** One token; {@code value} is the identifier, parameter name or literal content. */
  public record Token(Kind kind, String value, int offset) {
    /** The lower-case value, for keyword comparisons. */
    public String lower() {
      return value.toLowerCase(Locale.ROOT);
    }
  }

  public Expression {
    tokens = List.copyOf(tokens);
  }

  /** Tokenises {@code text}; never throws (bad input yields UNTERMINATED or OTHER tokens). */
  public static Expression parse(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-'
          || c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        out.add(new Token(Kind.COMMENT, text.substring(i, Math.min(n, i + 2)), start));
        i = n;
      } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
        int close = text.indexOf("}}", i + 2);
        if (close < 0) {
          out.add(new Token(Kind.UNTERMINATED, text.substring(i), start));
          i = n;
        } else {
          out.add(new Token(Kind.PARAMETER, text.substring(i + 2, close).trim(), start));
          i = close + 2;
        }
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < n) {
          char d = text.charAt(i);
          if (d == c && i + 1 < n && text.charAt(i + 1) == c) {
            value.append(c);
            i += 2;
          } else if (d == c) {
            i++;
            closed = true;
            break;
          } else {
            value.append(d);
            i++;
          }
        }
        Kind kind = !closed ? Kind.UNTERMINATED : c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
        out.add(new Token(kind, value.toString(), start));
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        out.add(new Token(Kind.IDENTIFIER, text.substring(start, i), start));
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        out.add(new Token(Kind.NUMBER, text.substring(start, i), start));
      } else if (c == '(' || c == ')' || c == ',' || c == ';') {
        Kind kind = c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : c == ',' ? Kind.COMMA : Kind.SEMICOLON;
        out.add(new Token(kind, String.valueOf(c), start));
        i++;
      } else if ("=<>!+-*/%|".indexOf(c) >= 0) {
        while (i < n && "=<>!|".indexOf(text.charAt(i)) >= 0 && i - start < 2 || i == start) {
          i++;
        }
        out.add(new Token(Kind.OPERATOR, text.substring(start, i), start));
      } else {
        out.add(new Token(Kind.OTHER, String.valueOf(c), start));
        i++;
      }
    }
    return new Expression(text, out);
  }

  /** Identifiers that name columns: not keywords, not function names before '('. */
  public List<Token> columns() {
    List<Token> columns = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.OPEN;
      if (t.kind() == Kind.QUOTED_IDENTIFIER
          || t.kind() == Kind.IDENTIFIER && !KEYWORDS.contains(t.lower()) && !call
              && !FUNCTIONS.contains(t.lower()) && !isTypeName(i)) {
        columns.add(t);
      }
    }
    return columns;
  }

  /** {@code cast(x as date)}: the word after AS is a type, not a column. */
  private boolean isTypeName(int index) {
    return index > 0 && tokens.get(index - 1).kind() == Kind.IDENTIFIER
        && tokens.get(index - 1).lower().equals("as");
  }

  /** Why the expression is unsafe to place into SQL, or null when it is safe. */
  public String unsafeReason() {
    int depth = 0;
    for (Token t : tokens) {
      switch (t.kind()) {
        case SEMICOLON -> {
          return "contains ';' at offset " + t.offset();
        }
        case COMMENT -> {
          return "contains a comment '" + t.value() + "' at offset " + t.offset();
        }
        case UNTERMINATED -> {
          return "has an unterminated quote or placeholder at offset " + t.offset();
        }
        case OTHER -> {
          return "contains '" + t.value() + "' at offset " + t.offset();
        }
        case OPEN -> depth++;
        case CLOSE -> {
          if (--depth < 0) {
            return "has an unmatched ')' at offset " + t.offset();
          }
        }
        case IDENTIFIER -> {
          if (FORBIDDEN.contains(t.lower())) {
            return "contains the keyword '" + t.value() + "' at offset " + t.offset();
          }
        }
        default -> { }
      }
    }
    return depth == 0 ? null : "has an unmatched '('";
  }

  /** Names of {@code {{ param }}} placeholders, in order. */
  public List<String> parameters() {
    return tokens.stream().filter(t -> t.kind() == Kind.PARAMETER).map(Token::value).toList();
  }
}
