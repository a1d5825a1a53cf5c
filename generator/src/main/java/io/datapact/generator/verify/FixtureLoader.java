package io.datapact.generator.verify;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads fixture batches kept in a repository into raw tables on DuckDB:
 * {@code <folder>/<contract-id>/batch-<n>/*.csv|*.jsonl|*.parquet}, read by DuckDB's own readers.
 * A folder {@code <contract-id>_v<major>} holds data of that major when several are side by side;
 * {@code <contract-id>} is the latest version.
 *
 * <pre>{@code
 * FixtureLoader loader = new FixtureLoader(duckdb, contracts);
 * for (int batch : FixtureLoader.batches(Path.of("src/test/datapact"))) {
 *   FixtureLoad load = loader.load(Path.of("src/test/datapact"), batch, clock);
 *   if (!load.ok()) { load.errors().forEach(System.err::println); }
 * }
 * }</pre>
 *
 * <p>Audit columns: {@code _batch_id} is {@code batch-<n>}, {@code _source_file} the file name,
 * {@code _source_row} the row number in the file, {@code _loaded_at} the caller's clock. A batch
 * is one transaction: a file with an unknown column, a missing required column or a value that
 * does not cast loads nothing of the batch and comes back as a {@link FixtureError}.
 */
public final class FixtureLoader {
  private static final Pattern BATCH = Pattern.compile("batch-(\\d{1,9})");
  private static final Pattern VERSIONED = Pattern.compile("(.+)_v(\\d+)");

  private final Connection connection;
  private final Dialect d = Dialects.byName("duckdb");
  private final PipelineCatalog catalog;

  public FixtureLoader(Connection duckdb, List<Contract> contracts) {
    this.connection = duckdb;
    this.catalog = new PipelineCatalog(contracts);
  }

  /** The batch numbers that any contract folder under {@code folder} has, in order. */
  public static List<Integer> batches(Path folder) throws IOException {
    TreeSet<Integer> numbers = new TreeSet<>();
    for (Path contract : list(folder)) {
      numbers.addAll(batchesOf(contract));
    }
    return List.copyOf(numbers);
  }

  private static List<Integer> batchesOf(Path contract) throws IOException {
    List<Integer> numbers = new ArrayList<>();
    for (Path batch : Files.isDirectory(contract) ? list(contract) : List.<Path>of()) {
      Matcher m = BATCH.matcher(batch.getFileName().toString());
      if (Files.isDirectory(batch) && m.matches()) {
        numbers.add(Integer.parseInt(m.group(1)));
      }
    }
    return numbers;
  }

  /** The contracts whose folder under {@code folder} holds at least one batch, in catalog order. */
  public List<Contract> covered(Path folder) throws IOException {
    List<Contract> out = new ArrayList<>();
    for (Path dir : list(folder)) {
      Optional<Contract> contract = contract(dir.getFileName().toString());
      if (contract.isPresent() && !out.contains(contract.get()) && !batchesOf(dir).isEmpty()) {
        out.add(contract.get());
      }
    }
    return catalog.contracts().stream().filter(out::contains).toList();
  }

  /**
   * Loads batch {@code n} of every contract folder that has one. Problems with the files come back
   * as errors; an exception means the folder or the connection failed.
   *
   * @throws IllegalStateException when the connection is inside a transaction: the loader runs its own
   */
  public FixtureLoad load(Path folder, int n, Instant loadedAt) throws IOException, SQLException {
    if (!connection.getAutoCommit()) {
      throw new IllegalStateException("the fixture loader runs its own transaction; switch auto-commit on");
    }
    List<FixtureError> errors = new ArrayList<>();
    List<FixtureFile> files = files(folder, n, errors);
    for (FixtureFile file : files) {
      try {
        errors.addAll(file.checkColumns());
      } catch (SQLException e) {
        errors.add(FixtureMessages.describe(connection, d, file, e));
      }
    }
    if (!errors.isEmpty()) {
      return new FixtureLoad(n, List.of(), errors);
    }
    return loadAll(files, n, new RawAudit(loadedAt, "batch-" + n, null));
  }

  /**
   * Reads every file into a temporary table (where a value that does not cast fails), then inserts
   * them all into the raw tables in one transaction.
   */
  private FixtureLoad loadAll(List<FixtureFile> files, int n, RawAudit audit) {
    FixtureFile[] current = new FixtureFile[1];
    try {
      for (int i = 0; i < files.size(); i++) {
        current[0] = files.get(i);
        current[0].read(i);
      }
      return new FixtureLoad(n, insertAll(files, audit, current), List.of());
    } catch (SQLException e) {
      FixtureError error = FixtureMessages.describe(connection, d, current[0], e);
      return new FixtureLoad(n, List.of(), List.of(error));
    } finally {
      for (int i = 0; i < files.size(); i++) {
        try {
          files.get(i).drop(i);
        } catch (SQLException ignored) {
          // a temporary table goes with the connection anyway
        }
      }
    }
  }

  /** Inserts every file's rows; {@code current} tells which file failed. */
  private List<FixtureLoad.Loaded> insertAll(List<FixtureFile> files, RawAudit audit, FixtureFile[] current)
      throws SQLException {
    List<FixtureLoad.Loaded> loaded = new ArrayList<>();
    connection.setAutoCommit(false);
    try {
      for (int i = 0; i < files.size(); i++) {
        FixtureFile file = files.get(i);
        current[0] = file;
        long rows = file.insert(i, catalog.names(file.contract()).raw(), audit);
        loaded.add(new FixtureLoad.Loaded(file.contract().id(), file.file(), rows));
      }
      connection.commit();
      return loaded;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The files of batch {@code n}, contract folders and files in name order; unknown folders and files are errors. */
  private List<FixtureFile> files(Path folder, int n, List<FixtureError> errors) throws IOException {
    List<FixtureFile> files = new ArrayList<>();
    for (Path dir : list(folder)) {
      Path batch = dir.resolve("batch-" + n);
      if (!Files.isDirectory(batch)) {
        continue;
      }
      Optional<Contract> contract = contract(dir.getFileName().toString());
      if (contract.isEmpty()) {
        errors.add(new FixtureError(dir, null, null, "is named after no contract; expected a contract id, or"
            + " <id>_v<major> for one of several majors"));
        continue;
      }
      for (Path file : list(batch)) {
        Optional<FixtureFile.Format> format = FixtureFile.Format.of(file);
        if (format.isEmpty()) {
          errors.add(new FixtureError(file, null, null, "is no .csv, .jsonl or .parquet file"));
        } else {
          files.add(new FixtureFile(connection, d, contract.get(), file, format.get()));
        }
      }
    }
    return files;
  }

  /** The contract of a folder name: an id (its latest version), or {@code <id>_v<major>}. */
  private Optional<Contract> contract(String name) {
    Optional<Contract> latest = catalog.latest(name);
    if (latest.isPresent()) {
      return latest;
    }
    Matcher m = VERSIONED.matcher(name);
    return m.matches() ? catalog.contracts().stream()
        .filter(c -> c.id().equals(m.group(1)) && String.valueOf(c.majorVersion()).equals(m.group(2))).findFirst()
        : Optional.empty();
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    }
  }
}
