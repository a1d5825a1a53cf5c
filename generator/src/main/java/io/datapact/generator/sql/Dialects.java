package io.datapact.generator.sql;

import io.datapact.generator.sql.dialect.DuckDbDialect;
import io.datapact.generator.sql.dialect.PostgresDialect;
import io.datapact.generator.sql.dialect.SnowflakeDialect;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of dialects by name; the only place that knows which dialects exist. */
public final class Dialects {
  private static final Map<String, Dialect> ALL = List.of(new DuckDbDialect(), new PostgresDialect(), new SnowflakeDialect()).stream()
      .collect(Collectors.toMap(Dialect::name, Function.identity(), (a, b) -> a, TreeMap::new));

  private Dialects() {}

  /** The dialect of that name. */
  public static Dialect byName(String name) {
    Dialect dialect = ALL.get(name);
    if (dialect == null) {
      throw new IllegalArgumentException("unknown dialect '" + name + "'; known: " + String.join(", ", ALL.keySet()));
    }
    return dialect;
  }

  /** Every dialect name, sorted. */
  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }
}
