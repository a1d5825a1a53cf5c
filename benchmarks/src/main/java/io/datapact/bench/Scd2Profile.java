package io.datapact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datapact.generator.pipeline.PipelineNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where an SCD2 build spends its time: sets up the data of {@link Scd2IncrementalBenchmark}, then
 * runs the incremental build and the full rebuild statement by statement (the generated files split
 * with {@code SqlScript.split}), twice each:
 *
 * <ol>
 *   <li>plainly, printing each statement's wall time and the rows it wrote (update count, or the
 *       rows of the temporary table it created);</li>
 *   <li>each query or DML statement under {@code EXPLAIN (ANALYZE, FORMAT json)}, which executes it
 *       too; the plans go to {@code OUT/<build>-<nn>.json}, and the slowest operators are printed.</li>
 * </ol>
 *
 * <p>Finally it compares the two marts. Not a JMH benchmark:
 * {@code java -cp benchmarks.jar io.datapact.bench.Scd2Profile ignore|close [rows] [changeEvery] [OUT]}.
 */
public final class Scd2Profile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scd2Profile() {}

  public static void main(String[] args) throws Exception {
    String deletes = args.length > 0 ? args[0] : "ignore";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
    int changeEvery = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Path out = Path.of(args.length > 3 ? args[3] : "scd2-profile-" + deletes);
    Files.createDirectories(out);
    try (Scd2Fixture f = new Scd2Fixture(deletes, rows, changeEvery, "8GB")) {
      f.prepare();
      System.out.printf(Locale.ROOT, "deletes: %s, %,d keys, every %d-th changed; batch 1 built in %.1f s; raw rows: %,d%n",
          deletes, rows, changeEvery, f.batch1Build, f.count("SELECT count(*) FROM " + Scd2Fixture.RAW));
      for (String build : List.of("incremental", "full")) {
        for (boolean explain : new boolean[] {false, true}) {
          if (build.equals("incremental")) {
            f.resetForIncremental();
          } else {
            f.resetForFullRebuild();
          }
          System.out.printf("%n== %s build, %s%n", build, explain ? "EXPLAIN ANALYZE" : "plain");
          double total = run(f, build, explain, out);
          f.verify();
          long[] c = f.counts();
          System.out.printf(Locale.ROOT, "   total %.3f s; mart rows %,d, current %,d, rows of batch 2 %,d%n",
              total, c[0], c[1], c[2]);
        }
        if (build.equals("incremental")) {
          f.execute("CREATE OR REPLACE TABLE \"bench\".\"incremental_result\" AS SELECT * FROM " + Scd2Fixture.MART);
        }
      }
      compare(f);
    }
  }

  /** Runs every file of the pipeline statement by statement; returns the seconds summed. */
  private static double run(Scd2Fixture f, String build, boolean explain, Path out) throws SQLException, IOException {
    double total = 0;
    int n = 0;
    try (Statement s = f.connection.createStatement()) {
      for (PipelineNode node : f.files.pipeline().nodes()) {
        String file = node.files().get("duckdb");
        for (String sql : Scd2Fixture.statements(f.files.files().get(file))) {
          n++;
          boolean analyzable = explain && analyzable(sql);
          long t0 = System.nanoTime();
          long updated = -1;
          JsonNode plan = null;
          if (analyzable) {
            try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, FORMAT json) " + sql)) {
              r.next();
              String text = r.getString(2);
              plan = JSON.readTree(text);
              Files.writeString(out.resolve(String.format(Locale.ROOT, "%s-%02d.json", build, n)), text);
            }
          } else {
            s.execute(sql);
            updated = s.getUpdateCount();
          }
          double seconds = (System.nanoTime() - t0) / 1e9;
          total += seconds;
          String rows = updated > 0 ? String.format(Locale.ROOT, "%,d", updated) : "";
          String temp = tempTable(sql);
          if (temp != null) {
            rows = String.format(Locale.ROOT, "%,d", f.count("SELECT count(*) FROM " + temp));
          }
          if (seconds >= 0.05 || analyzable && seconds >= 0.02 || !rows.isEmpty()) {
            System.out.printf(Locale.ROOT, "%3d %8.3f s %12s  %s%n", n, seconds, rows, summary(file, sql));
            if (plan != null) {
              topOperators(plan, 6);
            }
          }
        }
      }
    }
    return total;
  }

  /** The table a {@code CREATE TEMP TABLE ... AS} creates, or null. */
  private static String tempTable(String sql) {
    if (!sql.startsWith("CREATE TEMP TABLE ")) {
      return null;
    }
    return sql.substring("CREATE TEMP TABLE ".length(), sql.indexOf(" AS"));
  }

  private static boolean analyzable(String sql) {
    String head = sql.stripLeading().toUpperCase(Locale.ROOT);
    return head.startsWith("SELECT") || head.startsWith("INSERT") || head.startsWith("DELETE")
        || head.startsWith("UPDATE") || head.startsWith("CREATE TEMP TABLE") && head.contains(" AS\n");
  }

  private static String summary(String file, String sql) {
    String first = sql.lines().findFirst().orElse("");
    return file.substring(file.lastIndexOf('/') + 1) + ": " + (first.length() > 90 ? first.substring(0, 90) + "..." : first);
  }

  private record Operator(String name, double seconds, long rows, long scanned, String info) {}

  private static void topOperators(JsonNode plan, int limit) {
    List<Operator> all = new ArrayList<>();
    collect(plan, all);
    double sum = all.stream().mapToDouble(Operator::seconds).sum();
    all.sort(Comparator.comparingDouble(Operator::seconds).reversed());
    for (Operator o : all.subList(0, Math.min(limit, all.size()))) {
      if (o.seconds() < 0.005) {
        break;
      }
      System.out.printf(Locale.ROOT, "        %6.3f s (%4.1f %%) %-22s out %,12d  scanned %,12d  %s%n", o.seconds(),
          100 * o.seconds() / sum, o.name(), o.rows(), o.scanned(), o.info());
    }
  }

  private static void collect(JsonNode node, List<Operator> into) {
    if (node.has("operator_name")) {
      StringBuilder info = new StringBuilder();
      node.path("extra_info").fields().forEachRemaining(e -> {
        if (List.of("Table", "Join Type", "Conditions", "Partitions", "Function", "Aggregates", "Groups")
            .contains(e.getKey())) {
          String v = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
          v = v.replace('\n', ' ');
          info.append(e.getKey()).append(": ").append(v.length() > 70 ? v.substring(0, 70) + "..." : v).append("; ");
        }
      });
      into.add(new Operator(node.get("operator_name").asText().strip(), node.path("operator_timing").asDouble(),
          node.path("operator_cardinality").asLong(), node.path("operator_rows_scanned").asLong(), info.toString()));
    }
    for (JsonNode child : node.path("children")) {
      collect(child, into);
    }
  }

  /** Rows that differ between the incremental result and the full rebuild, with and without audit columns. */
  private static void compare(Scd2Fixture f) throws SQLException {
    String business = "\"customers_sk\", \"customer_id\", \"updated_at\", \"full_name\", \"email\", \"segment\", "
        + "\"region\", \"tier\", \"credit_limit\", \"city\", \"signup_date\", \"valid_from\", \"valid_to\", "
        + "\"is_current\", \"is_deleted\", \"_row_hash\"";
    String inc = "\"bench\".\"incremental_result\"";
    String full = Scd2Fixture.MART;
    long diffBusiness = f.count("SELECT count(*) FROM ((SELECT " + business + " FROM " + inc + " EXCEPT ALL SELECT "
        + business + " FROM " + full + ") UNION ALL (SELECT " + business + " FROM " + full + " EXCEPT ALL SELECT "
        + business + " FROM " + inc + "))");
    long diffAll = f.count("SELECT count(*) FROM ((SELECT * FROM " + inc + " EXCEPT ALL SELECT * FROM " + full
        + ") UNION ALL (SELECT * FROM " + full + " EXCEPT ALL SELECT * FROM " + inc + "))");
    System.out.printf(Locale.ROOT, "%nincremental vs full rebuild: %,d rows differ in the fields, keys, validity and"
        + " hash; %,d differ when _loaded_at and _batch_id are included%n", diffBusiness, diffAll);
  }
}
