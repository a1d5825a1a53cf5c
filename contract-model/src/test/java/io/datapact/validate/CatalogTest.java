package io.datapact.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.datapact.model.Contract;
import io.datapact.model.Kind;
import io.datapact.yaml.SourceDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's lookups by id, which the cross-contract rules depend on. */
class CatalogTest {
  private static LoadedContract contract(String file, String id, String version) {
    Contract c = new Contract("datapact/v1", id, version, null, null, null, null, Kind.FACT, null, null, null,
        null, null, null, null, null);
    return new LoadedContract(c, new SourceDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), Map.of()));
  }

  @Test
  void versionsAreEveryFileOfAnIdInFileOrder() {
    LoadedContract a2 = contract("a2.yaml", "d.a", "2.0.0");
    LoadedContract b = contract("b.yaml", "d.b", "1.0.0");
    LoadedContract a1 = contract("a1.yaml", "d.a", "1.0.0");
    Catalog catalog = new Catalog(List.of(a2, b, a1));

    assertThat(catalog.all()).containsExactly(a2, b, a1);
    assertThat(catalog.versions("d.a")).containsExactly(a2, a1);
    assertThat(catalog.versions("d.b")).containsExactly(b);
    assertThat(catalog.versions("d.missing")).isEmpty();
  }

  @Test
  void latestIsTheHighestSemverIgnoringVersionsThatAreNotSemver() {
    LoadedContract rc = contract("rc.yaml", "d.a", "3.0.0-rc.1");
    LoadedContract old = contract("old.yaml", "d.a", "2.9.9");
    LoadedContract release = contract("release.yaml", "d.a", "3.0.0");
    LoadedContract broken = contract("broken.yaml", "d.a", "4.0");
    Catalog catalog = new Catalog(List.of(rc, old, release, broken));

    assertThat(catalog.latest("d.a")).containsSame(release);
    assertThat(catalog.latest("d.missing")).isEmpty();
    assertThat(new Catalog(List.of(broken)).latest("d.a")).isEmpty();
  }

  @Test
  void theFirstFileWinsATieInPrecedence() {
    LoadedContract first = contract("first.yaml", "d.a", "1.2.0");
    LoadedContract second = contract("second.yaml", "d.a", "1.2.0+build.7");

    assertThat(new Catalog(List.of(first, second)).latest("d.a")).containsSame(first);
    assertThat(new Catalog(List.of(second, first)).latest("d.a")).containsSame(second);
  }
}
