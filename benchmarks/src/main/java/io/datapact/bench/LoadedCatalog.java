package io.datapact.bench;

import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.Dialects;
import io.datapact.model.Contract;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/** The synthetic catalog parsed and validated in memory, for benchmarks that start after validation. */
final class LoadedCatalog {
  /** The dialects the generation benchmarks generate, as {@code -Ddatapact.dialects=duckdb,postgres} would. */
  static final List<Dialect> DIALECTS = List.of(Dialects.byName("duckdb"), Dialects.byName("postgres"));

  private LoadedCatalog() {}

  /** Parses and validates the texts; throws unless every contract loads without a problem. */
  static List<Contract> load(List<SyntheticContracts.ContractText> texts) {
    YamlReader reader = new YamlReader();
    Problems problems = new Problems();
    List<SourceDocument> documents = new ArrayList<>(texts.size());
    for (SyntheticContracts.ContractText text : texts) {
      reader.parse(text.yaml(), text.path(), problems).ifPresent(documents::add);
    }
    ValidationBenchmark.requireValid("parse", problems.sorted());
    ValidationReport report = ContractValidator.standard().validateDocuments(documents);
    ValidationBenchmark.requireValid("load", report.problems());
    if (report.contracts().size() != texts.size()) {
      throw new IllegalStateException("loaded " + report.contracts().size() + " of " + texts.size() + " contracts");
    }
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }
}
