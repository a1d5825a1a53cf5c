package io.datapact.generator.verify;

import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: times synthetic data and the DuckDB appender for a million rows of a fact.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; io.datapact.generator.verify.LoadTiming [contract id] [rows]
 * </pre>
 *
 * <p>Prints the time to plan the data and draw the keys, to make the rows, to append rows already
 * made (the loader alone), and to make and append them in one stream (what a verify run does).
 */
public final class LoadTiming {
  private LoadTiming() {}

  public static void main(String[] args) throws Exception {
    String id = args.length > 0 ? args[0] : "benefits.claims";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    List<Contract> contracts = Examples.contracts();
    GeneratedFiles files = Examples.generate(contracts);
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    Contract fact = catalog.latest(id).orElseThrow();
    Instant clock = Instant.parse("2025-01-01T00:00:00Z");
    for (int round = 1; round <= 3; round++) {
      long t0 = System.nanoTime();
      SyntheticData data = SyntheticData.generate(contracts, SyntheticOptions.defaults().withRows(id, rows));
      long t1 = System.nanoTime();
      List<Object[]> made = new ArrayList<>(rows);
      data.batch(fact, 1).forEach(made::add);
      long t2 = System.nanoTime();
      long appended;
      long streamed;
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        Examples.createRawTables(c, files, "duckdb");
        RawLoader loader = new RawLoader(c, Examples.DUCKDB);
        long t3 = System.nanoTime();
        loader.load(catalog.names(fact).raw(), fact.fields(), made, new RawAudit(clock, "batch-1", RawLoader.SYNTHETIC));
        appended = System.nanoTime() - t3;
        made = null;
        long t4 = System.nanoTime();
        loader.load(data.batch(fact, 2), catalog.names(fact).raw(), clock);
        loader.load(data.batch(fact, 1), catalog.names(fact).raw(), clock);
        streamed = System.nanoTime() - t4;
      }
      System.out.printf("round %d, %s, %,d rows: plan and keys %,d ms, make rows %,d ms, append made rows %,d ms,"
          + " make and append batch 2 + batch 1 (%,d rows) %,d ms%n", round, id, rows, (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000, appended / 1_000_000, data.batch(fact, 1).size() + data.batch(fact, 2).size(),
          streamed / 1_000_000);
    }
  }
}
