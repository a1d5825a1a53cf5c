package io.datapact.generator.checks;

import io.datapact.generator.checks.Mutations.Mutation;
import io.datapact.generator.sql.Dialect;
import io.datapact.model.Expression;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a row that violates a contract expression: for each field the expression reads, candidate
 * values (NULL, the expression's literals and their neighbours, the other fields it reads and their
 * neighbours, the type's extremes) are put into the expression in SQL until some checked row makes
 * it false; that row is copied with the candidate.
 */
final class ExpressionMutation {
  private final CheckSql sql;
  private final Connection connection;

  ExpressionMutation(CheckSql sql, Connection connection) {
    this.sql = sql;
    this.connection = connection;
  }

  /** The first candidate that makes a checked row violate the expression, as a mutation. */
  Optional<Mutation> find(MutationTarget m) throws SQLException {
    Expression e = Expression.parse(m.check.param(PlannedCheck.EXPRESSION));
    for (String column : m.check.columns()) {
      for (String candidate : candidates(m, e, column)) {
        String violated = "NOT (" + sql.models().condition(m.check,
            f -> f.equals(column) ? "(" + candidate + ")" : "t." + m.d.quote(f)) + ")";
        String copy = exists(m, violated) ? m.copy(violated, Map.of(column, candidate), List.of()) : null;
        if (copy != null) {
          return Optional.of(new Mutation("a row with " + column + " = " + candidate, List.of(copy)));
        }
      }
    }
    return Optional.empty();
  }

  private boolean exists(MutationTarget m, String condition) throws SQLException {
    List<String> where = new ArrayList<>(m.filters);
    where.add(condition);
    String query = "SELECT 1 FROM " + m.published + " AS t WHERE " + String.join(" AND ", where) + " LIMIT 1";
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
      return rs.next();
    }
  }

  /** Values of the column's type, as SQL over {@code t}, most telling first. */
  private static List<String> candidates(MutationTarget m, Expression e, String column) {
    Dialect d = m.d;
    LogicalType type = m.type(column);
    String sqlType = d.type(type);
    List<String> out = new ArrayList<>();
    out.add("CAST(NULL AS " + sqlType + ")");
    for (Expression.Token t : e.tokens()) {
      if (t.kind() == Expression.Kind.STRING && type.base() == Base.STRING) {
        out.add(d.literal(t.value()));
      } else if (t.kind() == Expression.Kind.NUMBER && type.base().numeric()) {
        out.addAll(neighbours("CAST(" + t.value() + " AS " + sqlType + ")", type, d));
      }
    }
    for (String other : m.check.columns()) {
      if (!other.equals(column) && family(m.type(other)) == family(type)) {
        out.addAll(neighbours("CAST(t." + d.quote(other) + " AS " + sqlType + ")", type, d));
      }
    }
    out.addAll(extremes(type, d));
    return out;
  }

  /** The value, one step below and one above (1 for numbers, a day for times); strings alone. */
  private static List<String> neighbours(String value, LogicalType type, Dialect d) {
    if (family(type) == Base.INTEGER) {
      return List.of(value, value + " - 1", value + " + 1");
    }
    if (family(type) == Base.DATE) {
      String day = d.interval(Duration.ofDays(1));
      return List.of(value, "CAST(" + value + " - " + day + " AS " + d.type(type) + ")",
          "CAST(" + value + " + " + day + " AS " + d.type(type) + ")");
    }
    return List.of(value);
  }

  private static List<String> extremes(LogicalType type, Dialect d) {
    return switch (type.base()) {
      case STRING -> List.of("''", d.literal("~"));
      case BOOLEAN -> List.of("TRUE", "FALSE");
      case INTEGER, LONG, DECIMAL, DOUBLE -> List.of("0", "-1",
          Literals.of(d, "-" + largest(type), type), Literals.of(d, largest(type), type));
      case DATE -> List.of(d.typedLiteral("0001-01-01", type), d.typedLiteral("9999-12-31", type));
      case TIMESTAMP -> List.of(d.typedLiteral("0001-01-01 00:00:00", type), d.typedLiteral("9999-12-31 00:00:00", type));
      case TIMESTAMPTZ -> List.of(d.typedLiteral("0001-01-01 00:00:00+00:00", type),
          d.typedLiteral("9999-12-31 00:00:00+00:00", type));
      default -> List.of();
    };
  }

  /** The largest value of a numeric type, as a contract writes it. */
  private static String largest(LogicalType type) {
    return switch (type.base()) {
      case INTEGER -> String.valueOf(Integer.MAX_VALUE);
      case LONG -> String.valueOf(Long.MAX_VALUE);
      case DECIMAL -> "9".repeat(type.precision() - type.scale()) + (type.scale() == 0 ? "" : "." + "9".repeat(type.scale()));
      default -> "1e300";
    };
  }

  /** Numbers compare with numbers, times with times, everything else with its own type. */
  private static Base family(LogicalType type) {
    if (type.base().numeric()) {
      return Base.INTEGER;
    }
    return type.base().temporal() ? Base.DATE : type.base();
  }
}
