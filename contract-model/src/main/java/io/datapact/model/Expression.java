package io.datapact.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
      "like", "ilike", "true", "false", "case", "when", "then", "else", "end", "distinct", "from", "as");

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
        i = exponentEnd(text, i);
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

  /** Where an exponent such as {@code e6} or {@code E-3} starting at {@code i} ends; {@code i} if none. */
  private static int exponentEnd(String text, int i) {
    int n = text.length();
    if (i >= n || text.charAt(i) != 'e' && text.charAt(i) != 'E') {
      return i;
    }
    int j = i + 1;
    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
      j++;
    }
    if (j >= n || text.charAt(j) < '0' || text.charAt(j) > '9') {
      return i;
    }
    while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j;
  }

  /** Identifiers that name columns: not keywords, not function names before '('. */
  public List<Token> columns() {
    List<Token> columns = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.QUOTED_IDENTIFIER && !isCall(i)
          || t.kind() == Kind.IDENTIFIER && !KEYWORDS.contains(t.lower()) && !isCall(i)
              && !FUNCTIONS.contains(t.lower()) && !isTypeName(i)) {
        columns.add(t);
      }
    }
    return columns;
  }

  private boolean isCall(int index) {
    return index + 1 < tokens.size() && tokens.get(index + 1).kind() == Kind.OPEN;
  }

  /** {@code cast(x as date)}: the word after AS is a type, not a column. */
  private boolean isTypeName(int index) {
    return index > 0 && tokens.get(index - 1).kind() == Kind.IDENTIFIER
        && tokens.get(index - 1).lower().equals("as");
  }

  /**
   * Why the expression is unsafe to place into SQL, or null when it is safe.
   *
   * <p>Unsafe are statement separators, comments, characters outside the expression syntax,
   * unbalanced quotes, parentheses and placeholders, statement keywords, calls of functions not in
   * {@link #FUNCTIONS}, and strings with a one-letter prefix such as {@code E'...'}: their backslash
   * escapes would let the database end the string elsewhere than this tokeniser does.
   */
  public String unsafeReason() {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String reason = switch (t.kind()) {
        case SEMICOLON -> "contains ';' at offset " + t.offset();
        case COMMENT -> "contains a comment '" + t.value() + "' at offset " + t.offset();
        case UNTERMINATED -> text.startsWith("{{", t.offset())
            ? "has an unterminated placeholder '{{' at offset " + t.offset()
            : "has an unterminated quote (" + text.charAt(t.offset()) + ") at offset " + t.offset();
        case OTHER -> "contains '" + t.value() + "' at offset " + t.offset();
        case CLOSE -> open.isEmpty() ? "has an unmatched ')' at offset " + t.offset() : null;
        case IDENTIFIER, QUOTED_IDENTIFIER -> identifierReason(i);
        default -> null;
      };
      if (reason != null) {
        return reason;
      }
      if (t.kind() == Kind.OPEN) {
        open.add(t.offset());
      } else if (t.kind() == Kind.CLOSE) {
        open.remove(open.size() - 1);
      }
    }
    return open.isEmpty() ? null : "has an unmatched '(' at offset " + open.get(open.size() - 1);
  }

  /** Why the identifier at {@code index} is unsafe: a statement keyword, a string prefix or a call. */
  private String identifierReason(int index) {
    Token t = tokens.get(index);
    boolean bare = t.kind() == Kind.IDENTIFIER;
    if (bare && FORBIDDEN.contains(t.lower())) {
      return "contains the keyword '" + t.value() + "' at offset " + t.offset();
    }
    Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
    if (bare && t.value().length() == 1 && next != null && next.offset() == t.offset() + 1
        && text.charAt(next.offset()) == '\'') {
      return "contains the prefixed string " + t.value() + "'...' at offset " + t.offset()
          + ", only plain '...' strings are allowed";
    }
    boolean allowed = bare
        ? FUNCTIONS.contains(t.lower()) || KEYWORDS.contains(t.lower()) || isTypeName(index)
        : FUNCTIONS.contains(t.value());
    if (isCall(index) && !allowed) {
      return "calls '" + t.value() + "' at offset " + t.offset() + ", which is not an allowed function ("
          + String.join(", ", new TreeSet<>(FUNCTIONS)) + ")";
    }
    return null;
  }

  /** Names of {@code {{ param }}} placeholders, in order. */
  public List<String> parameters() {
    return tokens.stream().filter(t -> t.kind() == Kind.PARAMETER).map(Token::value).toList();
  }
}
