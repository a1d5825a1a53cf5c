package io.datapact.interop;

import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import java.util.List;

/**
 * What an import gave: the contracts, each with the file it came from, and every problem. Warnings
 * name what was not imported or was changed; errors mean nothing should be written.
 */
public record ImportResult(List<Imported> contracts, List<Problem> problems) {
  public ImportResult {
    contracts = List.copyOf(contracts);
    problems = List.copyOf(problems);
  }

  /** One imported contract and the file (as shown in messages) it came from. */
  public record Imported(Contract contract, String file) {
    /** Where a native file for it goes below the contracts directory: {@code <domain>/<name>.yaml}. */
    public String path() {
      return contract.domain() + "/" + contract.name() + ".yaml";
    }
  }

  /** True when no problem is an error. */
  public boolean ok() {
    return problems.stream().noneMatch(Problem::isError);
  }
}
