package io.datapact.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.model.Owner;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Written contracts read back as equal, valid contracts, whatever their text holds. */
class ContractWriterTest {
  private static final Path EXAMPLES = Path.of("../example-contracts").toAbsolutePath().normalize();

  private static Contract readBack(String yaml) {
    Problems problems = new Problems();
    SourceDocument doc = new YamlReader().parse(yaml, "written.yaml", problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    ValidationReport report = ContractValidator.standard().validateDocuments(List.of(doc));
    assertThat(report.problems()).as(yaml).isEmpty();
    return report.contracts().get(0).contract();
  }

  @Test
  void everyExampleContractReadsBackEqual() {
    ValidationReport examples = ContractValidator.standard()
        .validateDirectory(EXAMPLES, EXAMPLES.resolve("src/main/contracts"));
    assertThat(examples.contracts()).hasSize(13);
    List<SourceDocument> written = new java.util.ArrayList<>();
    for (LoadedContract c : examples.contracts()) {
      String yaml = ContractWriter.write(c.contract());
      assertThat(ContractWriter.write(c.contract())).isEqualTo(yaml);
      written.add(new YamlReader().parse(yaml, c.file(), new Problems()).orElseThrow());
    }
    ValidationReport again = ContractValidator.standard().validateDocuments(written);
    assertThat(again.problems()).isEmpty();
    assertThat(again.contracts().stream().map(LoadedContract::contract).toList())
        .isEqualTo(examples.contracts().stream().map(LoadedContract::contract).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", "null", "~", "1.0", "0x1F", "12", "-3", "a: b", "a #b", "#x", " lead", "trail ",
      "two\nlines", "tab\there", "quote ' and \" both", "back\\slash", "caf\u00e9 \u2603", "bell\u0007", "[x]", "{y}",
      "- item", "? q", "| bar", "> gt", "@at", "`tick", "%pct", "*star", "&amp", "!bang", "2026-01-31", "99.9%", "1e5"})
  void anyTextSurvives(String text) {
    Contract c = new Contract("datapact/v1", "shop.items", "1.0.0", null, null, new Owner(text, null), text, Kind.SOURCE,
        List.of(), null, null, null, null,
        List.of(new Field("item", null, "string", text, false, false, false, null, null, null, List.of(text), null, null,
            null, null, List.of())),
        new java.util.TreeMap<>(Map.of()), List.of(new Check("named", "item = item", null, text)));

    assertThat(readBack(ContractWriter.write(c))).isEqualTo(c);
  }
}
