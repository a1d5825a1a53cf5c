package io.datapact.compat;

import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The contracts a compat run compares against, read from a folder, a contracts archive or file texts
 * (a git tree), with the problems the current rules find in them.
 *
 * <p>A baseline was valid when it was released, but rules grow stricter: its problems are reported
 * as warnings and every contract that passed the schema is still compared.
 *
 * @param description where the baseline came from, for messages
 */
public record Baseline(String description, List<Contract> contracts, List<Problem> problems) {
  public Baseline {
    contracts = List.copyOf(contracts);
    problems = List.copyOf(problems);
  }

  /** Reads every contract file below {@code dir}. */
  public static Baseline fromDirectory(Path dir, String description) {
    return of(description, ContractValidator.standard().validateDirectory(dir, dir));
  }

  /** Reads every {@code *.yaml} and {@code *.yml} entry of a zip archive, without unpacking it. */
  public static Baseline fromZip(Path zip, String description) {
    Map<String, String> files = new TreeMap<>();
    try (InputStream in = java.nio.file.Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (!e.isDirectory() && isContractFile(e.getName())) {
          files.put(e.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the baseline archive " + zip, e);
    }
    return fromTexts(files, description);
  }

  /** Reads contract files given as path and text, such as the blobs of a git tree. */
  public static Baseline fromTexts(Map<String, String> files, String description) {
    YamlReader reader = new YamlReader();
    List<SourceDocument> documents = new ArrayList<>();
    Problems problems = new Problems();
    new TreeMap<>(files).forEach((name, text) ->
        reader.parse(text, description + "!" + name, problems).ifPresent(documents::add));
    ValidationReport report = ContractValidator.standard().validateDocuments(documents);
    List<Problem> all = new ArrayList<>(problems.sorted());
    all.addAll(report.problems());
    return new Baseline(description, contracts(report), all);
  }

  /** Whether a file name is a contract file. */
  public static boolean isContractFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static Baseline of(String description, ValidationReport report) {
    return new Baseline(description, contracts(report), report.problems());
  }

  private static List<Contract> contracts(ValidationReport report) {
    return report.contracts().stream().map(LoadedContract::contract).toList();
  }
}
