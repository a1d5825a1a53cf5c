package io.datapact.generator.verify;

import io.datapact.model.Expression;
import io.datapact.model.Expression.Kind;
import io.datapact.model.Expression.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Evaluates a contract expression on one row in Java, with SQL's three-valued logic: NULL is
 * {@code null}, and {@link #passes} treats NULL like SQL's {@code WHERE NOT (expr)} does, as no
 * failure.
 *
 * <p>Supported: comparisons ({@code = <> != < <= > >=}), {@code and or not}, {@code is [not] null},
 * {@code is [not] true|false}, {@code [not] in (...)}, {@code [not] between}, {@code [not] like|ilike}
 * with {@code %} and {@code _}, arithmetic {@code + - * / %}, {@code ||}, literals, {@code case when},
 * and the functions coalesce, nullif, lower, upper, trim, length, abs, round, floor, ceil,
 * current_date, current_timestamp and {@code cast(x as date|timestamp|varchar|integer|bigint|decimal|double)}.
 * Anything else is refused when the expression is compiled.
 *
 * <pre>{@code
 * ExpressionEvaluator e = ExpressionEvaluator.compile(Expression.parse("a is null or a >= b"), now);
 * boolean ok = e.passes(Map.of("a", 2, "b", 1)::get);
 * }</pre>
 */
public final class ExpressionEvaluator {
  private static final MathContext DIVISION = MathContext.DECIMAL64;

  /** A compiled node: its value for a row, looked up by field name. */
  @FunctionalInterface
  private interface Node {
    Object eval(Function<String, Object> row);
  }

  private final Node root;
  private final List<String> columns;

  private ExpressionEvaluator(Node root, List<String> columns) {
    this.root = root;
    this.columns = List.copyOf(columns);
  }

  /**
   * Compiles the expression; {@code now} gives {@code current_date} and {@code current_timestamp}.
   *
   * @throws IllegalArgumentException for syntax or functions the evaluator does not support
   */
  public static ExpressionEvaluator compile(Expression e, Instant now) {
    Parser p = new Parser(e, now);
    Node root = p.or();
    if (p.i < p.tokens.size()) {
      throw p.error("unexpected '" + p.tokens.get(p.i).value() + "'");
    }
    return new ExpressionEvaluator(root, p.columns);
  }

  /** The value: Boolean, a number (BigDecimal), String, a date or time, or null for SQL NULL. */
  public Object evaluate(Function<String, Object> row) {
    return root.eval(row);
  }

  /** Whether a row passes: the expression is true or NULL. */
  public boolean passes(Function<String, Object> row) {
    return !Boolean.FALSE.equals(evaluate(row));
  }

  /** The column names the expression reads, as written (lower case for bare names). */
  public List<String> columns() {
    return columns;
  }

  /** Recursive descent over the tokens, in SQL's precedence. */
  private static final class Parser {
    final List<Token> tokens;
    final Expression expression;
    final Instant now;
    final List<String> columns = new ArrayList<>();
    int i;

    Parser(Expression e, Instant now) {
      this.expression = e;
      this.tokens = e.tokens();
      this.now = now;
    }

    IllegalArgumentException error(String why) {
      return new IllegalArgumentException("cannot evaluate '" + expression.text() + "': " + why);
    }

    Token peek() {
      return i < tokens.size() ? tokens.get(i) : null;
    }

    boolean word(String w) {
      Token t = peek();
      return t != null && t.kind() == Kind.IDENTIFIER && t.lower().equals(w);
    }

    boolean wordAt(int k, String w) {
      return k < tokens.size() && tokens.get(k).kind() == Kind.IDENTIFIER && tokens.get(k).lower().equals(w);
    }

    boolean accept(String w) {
      if (word(w)) {
        i++;
        return true;
      }
      return false;
    }

    boolean operator(String op) {
      Token t = peek();
      return t != null && t.kind() == Kind.OPERATOR && t.value().equals(op);
    }

    void expect(Kind kind, String what) {
      Token t = peek();
      if (t == null || t.kind() != kind) {
        throw error("expected " + what + (t == null ? " at the end" : " before '" + t.value() + "'"));
      }
      i++;
    }

    void expectWord(String w) {
      if (!accept(w)) {
        throw error("expected '" + w + "'");
      }
    }

    Node or() {
      Node left = and();
      while (accept("or")) {
        Node l = left;
        Node r = and();
        left = row -> {
          Object a = l.eval(row);
          if (Boolean.TRUE.equals(a)) {
            return true;
          }
          Object b = r.eval(row);
          if (Boolean.TRUE.equals(b)) {
            return true;
          }
          return a == null || b == null ? null : false;
        };
      }
      return left;
    }

    Node and() {
      Node left = not();
      while (accept("and")) {
        Node l = left;
        Node r = not();
        left = row -> {
          Object a = l.eval(row);
          if (Boolean.FALSE.equals(a)) {
            return false;
          }
          Object b = r.eval(row);
          if (Boolean.FALSE.equals(b)) {
            return false;
          }
          return a == null || b == null ? null : true;
        };
      }
      return left;
    }

    Node not() {
      if (accept("not")) {
        Node inner = not();
        return row -> {
          Object v = inner.eval(row);
          return v == null ? null : !bool(v);
        };
      }
      return predicate();
    }

    Node predicate() {
      Node left = additive();
      while (true) {
        Token t = peek();
        if (t == null) {
          return left;
        }
        if (t.kind() == Kind.OPERATOR && List.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(t.value())) {
          i++;
          String op = t.value();
          Node l = left;
          Node r = additive();
          left = row -> compare(op, l.eval(row), r.eval(row));
          continue;
        }
        if (accept("is")) {
          boolean negate = accept("not");
          Node l = left;
          if (accept("null")) {
            left = row -> (l.eval(row) == null) != negate;
          } else if (word("true") || word("false")) {
            boolean want = tokens.get(i++).lower().equals("true");
            left = row -> Objects.equals(l.eval(row), want) != negate;
          } else if (accept("distinct")) {
            expectWord("from");
            Node r = additive();
            left = row -> {
              Object a = l.eval(row);
              Object b = r.eval(row);
              boolean distinct = a == null || b == null ? a != b : !Boolean.TRUE.equals(compare("=", a, b));
              return distinct != negate;
            };
          } else {
            throw error("expected NULL, TRUE, FALSE or DISTINCT FROM after IS");
          }
          continue;
        }
        boolean negate = word("not") && (wordAt(i + 1, "in") || wordAt(i + 1, "between")
            || wordAt(i + 1, "like") || wordAt(i + 1, "ilike"));
        if (negate) {
          i++;
        }
        Node l = left;
        Node test;
        if (accept("in")) {
          expect(Kind.OPEN, "'('");
          List<Node> items = new ArrayList<>();
          do {
            items.add(or());
          } while (acceptComma());
          expect(Kind.CLOSE, "')'");
          test = row -> in(l.eval(row), items, row);
        } else if (accept("between")) {
          Node lo = additive();
          expectWord("and");
          Node hi = additive();
          test = row -> {
            Object v = l.eval(row);
            return and3(compare(">=", v, lo.eval(row)), compare("<=", v, hi.eval(row)));
          };
        } else if (word("like") || word("ilike")) {
          boolean ignoreCase = tokens.get(i++).lower().equals("ilike");
          Node pattern = additive();
          test = row -> like(l.eval(row), pattern.eval(row), ignoreCase);
        } else {
          if (negate) {
            throw error("expected IN, BETWEEN or LIKE after NOT");
          }
          return left;
        }
        left = negate ? row -> {
          Object v = test.eval(row);
          return v == null ? null : !bool(v);
        } : test;
      }
    }

    boolean acceptComma() {
      Token t = peek();
      if (t != null && t.kind() == Kind.COMMA) {
        i++;
        return true;
      }
      return false;
    }

    Node additive() {
      Node left = multiplicative();
      while (operator("+") || operator("-") || operator("||")) {
        String op = tokens.get(i++).value();
        Node l = left;
        Node r = multiplicative();
        left = op.equals("||") ? row -> concat(l.eval(row), r.eval(row)) : row -> arithmetic(op, l.eval(row), r.eval(row));
      }
      return left;
    }

    Node multiplicative() {
      Node left = unary();
      while (operator("*") || operator("/") || operator("%")) {
        String op = tokens.get(i++).value();
        Node l = left;
        Node r = unary();
        left = row -> arithmetic(op, l.eval(row), r.eval(row));
      }
      return left;
    }

    Node unary() {
      if (operator("-") || operator("+")) {
        boolean minus = tokens.get(i++).value().equals("-");
        Node inner = unary();
        return minus ? row -> arithmetic("-", BigDecimal.ZERO, inner.eval(row)) : inner;
      }
      return primary();
    }

    Node primary() {
      Token t = peek();
      if (t == null) {
        throw error("unexpected end");
      }
      i++;
      switch (t.kind()) {
        case NUMBER: {
          BigDecimal v = new BigDecimal(t.value());
          return row -> v;
        }
        case STRING: {
          String v = t.value();
          return row -> v;
        }
        case OPEN: {
          Node inner = or();
          expect(Kind.CLOSE, "')'");
          return inner;
        }
        case QUOTED_IDENTIFIER: {
          String name = t.value();
          columns.add(name);
          return row -> number(row.apply(name));
        }
        case IDENTIFIER:
          return identifier(t);
        default:
          throw error("unexpected '" + t.value() + "'");
      }
    }

    Node identifier(Token t) {
      String w = t.lower();
      boolean call = peek() != null && peek().kind() == Kind.OPEN;
      switch (w) {
        case "null":
          return row -> null;
        case "true":
          return row -> true;
        case "false":
          return row -> false;
        case "case":
          return caseWhen();
        case "current_date":
          if (call) {
            i++;
            expect(Kind.CLOSE, "')'");
          }
          LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
          return row -> today;
        case "current_timestamp":
          if (call) {
            i++;
            expect(Kind.CLOSE, "')'");
          }
          OffsetDateTime ts = now.atOffset(ZoneOffset.UTC);
          return row -> ts;
        default:
          break;
      }
      if (!call) {
        String name = t.value();
        columns.add(name);
        return row -> number(row.apply(name));
      }
      i++;
      if (w.equals("cast")) {
        Node inner = or();
        expectWord("as");
        Token type = peek();
        if (type == null || type.kind() != Kind.IDENTIFIER) {
          throw error("expected a type in CAST");
        }
        i++;
        skipTypeArguments();
        expect(Kind.CLOSE, "')'");
        String target = type.lower();
        return row -> cast(inner.eval(row), target);
      }
      List<Node> args = new ArrayList<>();
      if (peek() != null && peek().kind() != Kind.CLOSE) {
        do {
          args.add(or());
        } while (acceptComma());
      }
      expect(Kind.CLOSE, "')'");
      return function(w, args);
    }

    void skipTypeArguments() {
      if (peek() != null && peek().kind() == Kind.OPEN) {
        while (peek() != null && peek().kind() != Kind.CLOSE) {
          i++;
        }
        expect(Kind.CLOSE, "')'");
      }
    }

    Node caseWhen() {
      Node operand = word("when") ? null : or();
      List<Node[]> branches = new ArrayList<>();
      while (accept("when")) {
        Node when = or();
        expectWord("then");
        branches.add(new Node[] {when, or()});
      }
      Node otherwise = accept("else") ? or() : row -> null;
      expectWord("end");
      if (branches.isEmpty()) {
        throw error("CASE without WHEN");
      }
      return row -> {
        Object subject = operand == null ? null : operand.eval(row);
        for (Node[] b : branches) {
          Object test = operand == null ? b[0].eval(row) : compare("=", subject, b[0].eval(row));
          if (Boolean.TRUE.equals(test)) {
            return b[1].eval(row);
          }
        }
        return otherwise.eval(row);
      };
    }

    Node function(String name, List<Node> args) {
      switch (name) {
        case "coalesce":
          arity(name, args, 1, Integer.MAX_VALUE);
          return row -> {
            for (Node a : args) {
              Object v = a.eval(row);
              if (v != null) {
                return v;
              }
            }
            return null;
          };
        case "nullif":
          arity(name, args, 2, 2);
          return row -> {
            Object a = args.get(0).eval(row);
            return Boolean.TRUE.equals(compare("=", a, args.get(1).eval(row))) ? null : a;
          };
        case "lower":
          return text(name, args, s -> s.toLowerCase(Locale.ROOT));
        case "upper":
          return text(name, args, s -> s.toUpperCase(Locale.ROOT));
        case "trim":
          return text(name, args, s -> s.strip());
        case "length":
          return text(name, args, s -> BigDecimal.valueOf(s.codePointCount(0, s.length())));
        case "abs":
          return numeric(name, args, BigDecimal::abs);
        case "floor":
          return numeric(name, args, v -> v.setScale(0, RoundingMode.FLOOR));
        case "ceil":
          return numeric(name, args, v -> v.setScale(0, RoundingMode.CEILING));
        case "round":
          arity(name, args, 1, 2);
          return row -> {
            Object v = args.get(0).eval(row);
            Object digits = args.size() == 2 ? args.get(1).eval(row) : BigDecimal.ZERO;
            if (v == null || digits == null) {
              return null;
            }
            return decimal(v).setScale(decimal(digits).intValue(), RoundingMode.HALF_UP);
          };
        default:
          throw error("the function " + name + " is not supported by the synthetic data generator");
      }
    }

    void arity(String name, List<Node> args, int min, int max) {
      if (args.size() < min || args.size() > max) {
        throw error(name + " takes " + (min == max ? String.valueOf(min) : min + " or more") + " arguments");
      }
    }

    Node text(String name, List<Node> args, Function<String, Object> f) {
      arity(name, args, 1, 1);
      return row -> {
        Object v = args.get(0).eval(row);
        return v == null ? null : f.apply(string(v));
      };
    }

    Node numeric(String name, List<Node> args, Function<BigDecimal, Object> f) {
      arity(name, args, 1, 1);
      return row -> {
        Object v = args.get(0).eval(row);
        return v == null ? null : f.apply(decimal(v));
      };
    }
  }

  // ---- values ---------------------------------------------------------------------------------

  /** Java values of a row as the evaluator sees them: every number a BigDecimal. */
  private static Object number(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : v;
    }
    return v;
  }

  private static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("not a boolean: " + v);
  }

  private static Object and3(Object a, Object b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return a == null || b == null ? null : true;
  }

  private static BigDecimal decimal(Object v) {
    Object n = number(v);
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof String s) {
      return new BigDecimal(s.strip());
    }
    throw new IllegalArgumentException("not a number: " + v);
  }

  private static String string(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  /** A comparison; NULL when a side is NULL. Strings compared with dates or numbers are read as such. */
  static Object compare(String op, Object a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    int c = order(number(a), number(b));
    return switch (op) {
      case "=" -> c == 0;
      case "<>", "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> throw new IllegalArgumentException("unknown comparison " + op);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int order(Object a, Object b) {
    if (a instanceof BigDecimal || b instanceof BigDecimal) {
      return decimal(a).compareTo(decimal(b));
    }
    if (a instanceof Temporal || b instanceof Temporal) {
      LocalDateTime x = time(a);
      LocalDateTime y = time(b);
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean || b instanceof Boolean) {
      return Boolean.compare(bool(a instanceof String s ? Boolean.parseBoolean(s.strip()) : a),
          bool(b instanceof String s ? Boolean.parseBoolean(s.strip()) : b));
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return string(a).compareTo(string(b));
  }

  /** A date or time as a UTC date-time; strings are parsed as ISO dates or times. */
  private static LocalDateTime time(Object v) {
    if (v instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    if (v instanceof LocalDateTime t) {
      return t;
    }
    if (v instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    if (v instanceof Instant t) {
      return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
    if (v instanceof String s) {
      String text = s.strip().replace(' ', 'T');
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
        return OffsetDateTime.parse(text.endsWith("Z") ? text : text.replaceAll("([+-]\\d\\d)$", "$1:00"))
            .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      }
      return LocalDateTime.parse(text);
    }
    throw new IllegalArgumentException("not a date or time: " + v);
  }

  private static Object in(Object v, List<Node> items, Function<String, Object> row) {
    if (v == null) {
      return null;
    }
    boolean unknown = false;
    for (Node item : items) {
      Object r = compare("=", v, item.eval(row));
      if (Boolean.TRUE.equals(r)) {
        return true;
      }
      unknown |= r == null;
    }
    return unknown ? null : false;
  }

  /** SQL LIKE: {@code %} any run, {@code _} one character, everything else literal. */
  static Object like(Object v, Object pattern, boolean ignoreCase) {
    if (v == null || pattern == null) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char ch : string(pattern).toCharArray()) {
      if (ch == '%' || ch == '_') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(ch == '%' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(regex.toString(), flags).matcher(string(v)).matches();
  }

  private static Object concat(Object a, Object b) {
    return a == null || b == null ? null : string(a) + string(b);
  }

  /** Arithmetic on numbers; a date plus or minus a number of days; NULL on NULL or division by zero. */
  static Object arithmetic(String op, Object a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    Object x = number(a);
    Object y = number(b);
    if (x instanceof LocalDate d && y instanceof BigDecimal n && (op.equals("+") || op.equals("-"))) {
      return d.plusDays(op.equals("+") ? n.longValueExact() : -n.longValueExact());
    }
    if (x instanceof BigDecimal n && y instanceof LocalDate d && op.equals("+")) {
      return d.plusDays(n.longValueExact());
    }
    if (x instanceof LocalDate d && y instanceof LocalDate e && op.equals("-")) {
      return BigDecimal.valueOf(d.toEpochDay() - e.toEpochDay());
    }
    BigDecimal p = decimal(x);
    BigDecimal q = decimal(y);
    return switch (op) {
      case "+" -> p.add(q);
      case "-" -> p.subtract(q);
      case "*" -> p.multiply(q);
      case "/" -> q.signum() == 0 ? null : p.divide(q, DIVISION);
      case "%" -> q.signum() == 0 ? null : p.remainder(q);
      default -> throw new IllegalArgumentException("unknown operator " + op);
    };
  }

  private static Object cast(Object v, String type) {
    if (v == null) {
      return null;
    }
    return switch (type) {
      case "date" -> v instanceof LocalDate ? v : time(v).toLocalDate();
      case "timestamp", "timestamptz", "datetime" -> time(v);
      case "varchar", "text", "string", "char" -> string(v);
      case "integer", "int", "bigint", "smallint", "long" -> decimal(v).setScale(0, RoundingMode.HALF_UP);
      case "decimal", "numeric", "double", "float", "real" -> decimal(v);
      case "boolean", "bool" -> v instanceof Boolean ? v : Boolean.parseBoolean(string(v).strip());
      default -> throw new IllegalArgumentException("cannot cast to " + type);
    };
  }
}
