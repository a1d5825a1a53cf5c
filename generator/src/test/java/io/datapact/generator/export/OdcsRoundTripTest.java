package io.datapact.generator.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.generator.TestContracts;
import io.datapact.interop.ContractImporter;
import io.datapact.interop.ImportFormat;
import io.datapact.interop.ImportResult;
import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import io.datapact.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting every example contract to ODCS and importing the files gives back equal contracts. */
class OdcsRoundTripTest {
  @Test
  void everyExampleContractSurvivesExportAndImport(@TempDir Path tmp) throws Exception {
    List<Contract> originals = TestContracts.examples();
    SortedMap<String, String> files = OdcsExporter.export(originals);
    List<Path> paths = new ArrayList<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = tmp.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
      paths.add(p);
    }

    ImportResult result = new ContractImporter().importFiles(tmp, paths, null, List.of());

    assertThat(result.problems()).noneMatch(Problem::isError);
    assertThat(result.contracts()).hasSize(13);
    for (Contract original : originals) {
      Contract imported = result.contracts().stream().map(ImportResult.Imported::contract)
          .filter(c -> c.id().equals(original.id()) && c.version().equals(original.version()))
          .findFirst().orElseThrow(() -> new AssertionError("not imported: " + original.id() + " " + original.version()));
      assertThat(imported).as(original.id() + " " + original.version()).isEqualTo(original);
    }
    ValidationReport validation = ContractImporter.validate(result);
    assertThat(validation.problems()).isEmpty();
  }

  @Test
  void oneExportedFileImportsAloneWhenItsReferencesAreKnown(@TempDir Path tmp) throws Exception {
    List<Contract> originals = TestContracts.examples();
    Contract claims = originals.stream().filter(c -> c.id().equals("benefits.claims")).findFirst().orElseThrow();
    List<Contract> others = originals.stream().filter(c -> c != claims).toList();
    Path file = tmp.resolve("claims.odcs.yaml");
    Files.writeString(file, OdcsExporter.write(claims));

    ImportResult alone = new ContractImporter().importFiles(tmp, List.of(file), ImportFormat.ODCS, others);
    ImportResult unknown = new ContractImporter().importFiles(tmp, List.of(file), ImportFormat.ODCS, List.of());

    assertThat(alone.contracts().get(0).contract()).isEqualTo(claims);
    assertThat(unknown.contracts().get(0).contract().fields()).allMatch(f -> f.references() == null);
    assertThat(unknown.problems()).extracting(Problem::toString).anyMatch(p -> p.contains(
        "relationship to benefits.employees.employee_id not imported: no imported or existing contract has that field"));
  }
}
