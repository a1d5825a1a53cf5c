package io.datapact.generator.verify;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading one fixture batch did: the files loaded, or the errors; a batch with an error loads
 * nothing.
 */
public record FixtureLoad(int batch, List<Loaded> files, List<FixtureError> errors) {
  public FixtureLoad {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /** One file loaded into a contract's raw table. */
  public record Loaded(String contractId, Path file, long rows) {}

  /** Whether the batch loaded without error. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /** Rows loaded over all files. */
  public long rows() {
    return files.stream().mapToLong(Loaded::rows).sum();
  }
}
