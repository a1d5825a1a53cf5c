package io.datapact.bench;

import io.datapact.bench.generated.LoadResult;
import io.datapact.bench.generated.bench.Orders;
import io.datapact.bench.generated.bench.OrdersDuckDbLoader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading rows of {@code bench.orders} (src/main/contracts) into a DuckDB raw table (in memory, in
 * this JVM) with the Java datapact generates, against hand-written and engine-native baselines:
 *
 * <ul>
 *   <li>{@link #generatedRecords()}: {@code OrdersDuckDbLoader.load}, {@value #ROWS} records, every
 *       one validated against the contract, through DuckDB's appender, in one transaction.</li>
 *   <li>{@link #handWrittenAppender()}: the same records appended in a plain loop, no validation,
 *       no transaction: the bar the generated loader is held to.</li>
 *   <li>{@link #jdbcBatches()}: plain JDBC batch inserts of {@value #JDBC_ROWS} of the records (DuckDB's
 *       JDBC inserts are slow; rows per second are comparable).</li>
 *   <li>{@link #generatedCsv()}: {@code OrdersDuckDbLoader.loadCsv} of a {@value #ROWS}-row file:
 *       DuckDB's reader, rule checks, rejects, insert.</li>
 *   <li>{@link #readCsv()}: one {@code INSERT ... SELECT FROM read_csv(...)} of the same file with the
 *       same column types: DuckDB on its own.</li>
 * </ul>
 *
 * <p>Every operation starts from an empty raw table (rebuilt before it, untimed) and is checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6)
@Measurement(iterations = 8)
public class LoaderBenchmark {
  static final int ROWS = 200_000;
  static final int JDBC_ROWS = 2_000;
  private static final String[] STATUS = {"placed", "paid", "shipped", "cancelled"};
  private static final String TABLE = "\"raw\".\"bench__orders\"";
  private static final String[] DDL = {"CREATE SCHEMA IF NOT EXISTS raw", "DROP TABLE IF EXISTS " + TABLE, "CREATE TABLE " + TABLE
      + " (\"order_id\" BIGINT, \"customer_code\" VARCHAR, \"status\" VARCHAR, \"amount\" DECIMAL(12,2),"
      + " \"quantity\" INTEGER, \"ordered_on\" DATE, \"created_at\" TIMESTAMP, \"note\" VARCHAR,"
      + " \"_loaded_at\" TIMESTAMP NOT NULL, \"_batch_id\" VARCHAR NOT NULL, \"_source_file\" VARCHAR, \"_source_row\" BIGINT)",
      "DROP TABLE IF EXISTS \"raw\".\"bench__orders__rejects\""};

  private List<Orders> records;
  private Path dir;
  private Path csv;
  private Connection connection;

  @Setup(Level.Trial)
  public void data() throws IOException {
    Random random = new Random(7);
    records = new ArrayList<>(ROWS);
    LocalDate day = LocalDate.parse("2025-01-01");
    LocalDateTime time = LocalDateTime.parse("2025-01-01T00:00:00");
    for (int i = 0; i < ROWS; i++) {
      records.add(new Orders(i, String.format("C%06d", random.nextInt(1_000_000)),
          Orders.Status.of(STATUS[random.nextInt(STATUS.length)]), BigDecimal.valueOf(random.nextInt(10_000_000), 2),
          random.nextInt(10) == 0 ? null : 1 + random.nextInt(50), day.plusDays(random.nextInt(365)),
          time.plusSeconds(random.nextInt(31_536_000)), random.nextInt(4) == 0 ? "gift wrap, please" : null));
    }
    dir = Files.createTempDirectory("datapact-loader-bench");
    csv = dir.resolve("orders.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("order_id,customer_code,status,amount,quantity,ordered_on,created_at,note\n");
      for (Orders o : records) {
        w.write(o.orderId() + "," + o.customerCode() + "," + o.status().value() + "," + o.amount().toPlainString() + ","
            + (o.quantity() == null ? "" : o.quantity()) + "," + o.orderedOn() + "," + o.createdAt().toString().replace('T', ' ')
            + "," + (o.note() == null ? "" : "\"" + o.note() + "\"") + "\n");
      }
    }
  }

  @Setup(Level.Invocation)
  public void emptyTable() throws SQLException {
    if (connection == null) {
      connection = DriverManager.getConnection("jdbc:duckdb:");
    }
    try (Statement s = connection.createStatement()) {
      for (String sql : DDL) {
        s.execute(sql);
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException, IOException {
    connection.close();
    Files.deleteIfExists(csv);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public LoadResult generatedRecords() throws SQLException {
    return check(new OrdersDuckDbLoader(connection).load("b1", records), ROWS);
  }

  @Benchmark
  public long handWrittenAppender() throws SQLException {
    LocalDateTime loadedAt = LocalDateTime.now();
    long n = 0;
    try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender("raw", "bench__orders")) {
      for (Orders o : records) {
        a.beginRow();
        a.append(o.orderId());
        a.append(o.customerCode());
        a.append(o.status().value());
        a.append(o.amount());
        a.append(o.quantity());
        a.append(o.orderedOn());
        a.append(o.createdAt());
        a.append(o.note());
        a.append(loadedAt);
        a.append("b1");
        a.append((String) null);
        a.append(++n);
        a.endRow();
      }
    }
    return checkRows(n, ROWS);
  }

  @Benchmark
  public long jdbcBatches() throws SQLException {
    LocalDateTime loadedAt = LocalDateTime.now();
    long n = 0;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Orders o : records.subList(0, JDBC_ROWS)) {
        insert.setLong(1, o.orderId());
        insert.setString(2, o.customerCode());
        insert.setString(3, o.status().value());
        insert.setBigDecimal(4, o.amount());
        insert.setObject(5, o.quantity());
        insert.setObject(6, o.orderedOn());
        insert.setObject(7, o.createdAt());
        insert.setString(8, o.note());
        insert.setObject(9, loadedAt);
        insert.setString(10, "b1");
        insert.setString(11, null);
        insert.setLong(12, ++n);
        insert.addBatch();
        if (n % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return checkRows(n, JDBC_ROWS);
  }

  @Benchmark
  public LoadResult generatedCsv() throws SQLException, IOException {
    return check(new OrdersDuckDbLoader(connection).loadCsv(csv, "b1"), ROWS);
  }

  @Benchmark
  public long readCsv() throws SQLException {
    try (Statement s = connection.createStatement()) {
      long n = s.executeUpdate("INSERT INTO " + TABLE + " SELECT *, now()::TIMESTAMP, 'b1', 'orders.csv', NULL FROM read_csv('"
          + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true, auto_detect = false, delim = ',',"
          + " quote = '\"', escape = '\"', columns = {'order_id': 'BIGINT', 'customer_code': 'VARCHAR', 'status': 'VARCHAR',"
          + " 'amount': 'DECIMAL(12,2)', 'quantity': 'INTEGER', 'ordered_on': 'DATE', 'created_at': 'TIMESTAMP',"
          + " 'note': 'VARCHAR'})");
      return checkRows(n, ROWS);
    }
  }

  private static LoadResult check(LoadResult result, long rows) {
    if (result.loaded() != rows || result.rejected() != 0) {
      throw new IllegalStateException("expected " + rows + " rows loaded, got " + result);
    }
    return result;
  }

  private static long checkRows(long n, long rows) {
    if (n != rows) {
      throw new IllegalStateException("expected " + rows + " rows, got " + n);
    }
    return n;
  }
}
