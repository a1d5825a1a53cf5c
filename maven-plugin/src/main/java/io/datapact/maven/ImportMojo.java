package io.datapact.maven;

import io.datapact.interop.ContractImporter;
import io.datapact.interop.ContractWriter;
import io.datapact.interop.ImportFormat;
import io.datapact.interop.ImportResult;
import io.datapact.model.Contract;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports Open Data Contract Standard v3 and Data Contract Specification 1.x files as native
 * contracts into the contracts directory, one file per schema object or model
 * ({@code <domain>/<name>.yaml}). Everything that cannot be mapped is logged as a warning naming
 * file, line and element. Nothing is written when a file cannot be read, when an imported
 * contract does not validate, or when a target file exists with other content (unless
 * {@code datapact.importOverwrite=always}).
 *
 * <pre>{@code mvn datapact:import -Ddatapact.importInputs=contracts-odcs/}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractDatapactMojo {
  /**
   * Files to import, or folders whose {@code *.yaml} and {@code *.yml} files are imported. Files
   * imported together may reference each other.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.importInputs", required = true)
  private List<File> importInputs;

  /**
   * The format of the inputs: {@code auto} (detected per file), {@code odcs} or {@code dcs}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.importFormat", defaultValue = "auto")
  private String importFormat;

  /**
   * What to do when a contract file to write exists with other content: {@code never} (fail,
   * listing every such file, and write nothing) or {@code always} (replace it). A file with the
   * same content is left alone either way.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.importOverwrite", defaultValue = "never")
  private String importOverwrite;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    ImportFormat format = format();
    boolean overwrite = overwrite();
    Path base = baseDirectory.toPath();
    Path target = contractsDirectory.toPath();
    List<SourceDocument> existing = existing(target);
    List<Contract> known = ContractValidator.standard().validateDocuments(existing).contracts().stream()
        .map(LoadedContract::contract).toList();
    ImportResult result = new ContractImporter(new YamlReader(maxFileBytes))
        .importFiles(base, inputs(), format, known);
    result.problems().stream().filter(p -> !p.isError()).forEach(p -> getLog().warn(p.toString()));
    fail("datapact could not import:", result.problems().stream().filter(Problem::isError).toList());

    Map<ImportResult.Imported, String> paths = paths(result, base, target);
    Set<String> imported = Set.copyOf(paths.values());
    // files the import replaces do not count against it
    List<SourceDocument> others = existing.stream().filter(d -> !imported.contains(d.file())).toList();
    ValidationReport validation = ContractImporter.validate(result, paths, others);
    fail("datapact imported contracts that do not validate together with the contracts in " + contractsDirectory
        + " (an id or landing table taken by another contract file, for example); nothing was written:",
        validation.errors().stream().filter(p -> imported.contains(p.file())).toList());

    Map<Path, String> files = new LinkedHashMap<>();
    paths.forEach((i, path) -> files.put(base.resolve(path), ContractWriter.write(i.contract())));
    write(files, overwrite);
    getLog().info("datapact: imported " + result.contracts().size() + " contract" + (result.contracts().size() == 1 ? "" : "s")
        + " with " + result.problems().size() + " warning" + (result.problems().size() == 1 ? "" : "s") + " into "
        + contractsDirectory);
  }

  private ImportFormat format() throws MojoFailureException {
    if (importFormat == null || importFormat.equalsIgnoreCase("auto")) {
      return null;
    }
    return ImportFormat.byName(importFormat).orElseThrow(() -> new MojoFailureException(
        "datapact.importFormat: '" + importFormat + "' is not auto, odcs or dcs"));
  }

  private boolean overwrite() throws MojoFailureException {
    return switch (importOverwrite.toLowerCase(Locale.ROOT)) {
      case "never" -> false;
      case "always" -> true;
      default -> throw new MojoFailureException("datapact.importOverwrite: '" + importOverwrite
          + "' is not never or always");
    };
  }

  private List<Path> inputs() throws MojoFailureException {
    List<Path> files = new ArrayList<>();
    for (File input : importInputs) {
      Path p = input.toPath();
      if (Files.isDirectory(p)) {
        files.addAll(ContractValidator.contractFiles(p));
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new MojoFailureException("datapact.importInputs: no *.yaml or *.yml files in " + importInputs);
    }
    return files;
  }

  private List<SourceDocument> existing(Path target) throws MojoFailureException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    Problems problems = new Problems();
    List<SourceDocument> docs = new ArrayList<>();
    YamlReader reader = new YamlReader(maxFileBytes);
    for (Path file : ContractValidator.contractFiles(target)) {
      String display = baseDirectory.toPath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
      reader.read(file, display, problems).ifPresent(docs::add);
    }
    fail("datapact cannot read the existing contracts:", problems.sorted().stream().filter(Problem::isError).toList());
    return docs;
  }

  /** Target files relative to the base directory; several majors of one id get {@code -v<major>}. */
  private static Map<ImportResult.Imported, String> paths(ImportResult result, Path base, Path target) {
    Map<String, Long> perPath = result.contracts().stream()
        .collect(Collectors.groupingBy(ImportResult.Imported::path, Collectors.counting()));
    Map<ImportResult.Imported, String> paths = new HashMap<>();
    for (ImportResult.Imported i : result.contracts()) {
      String name = perPath.get(i.path()) > 1
          ? i.path().replaceFirst("\\.yaml$", "-v" + i.contract().majorVersion() + ".yaml") : i.path();
      Path file = target.resolve(name).toAbsolutePath().normalize();
      paths.put(i, base.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/'));
    }
    return paths;
  }

  /** Refuses (writing nothing) when a target exists with other content and overwriting is off. */
  private void write(Map<Path, String> files, boolean overwrite) throws MojoExecutionException, MojoFailureException {
    List<String> conflicts = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> f : files.entrySet()) {
        if (Files.exists(f.getKey()) && !Files.readString(f.getKey(), StandardCharsets.UTF_8).equals(f.getValue())
            && !overwrite) {
          conflicts.add(f.getKey().toString());
        }
      }
      if (!conflicts.isEmpty()) {
        throw new MojoFailureException("datapact import would overwrite " + conflicts.size() + " existing contract file"
            + (conflicts.size() == 1 ? "" : "s") + " with other content; nothing was written:"
            + System.lineSeparator() + String.join(System.lineSeparator(), conflicts) + System.lineSeparator()
            + "Move them away, or set datapact.importOverwrite=always to replace them.");
      }
      int written = 0;
      for (Map.Entry<Path, String> f : files.entrySet()) {
        if (Files.exists(f.getKey()) && Files.readString(f.getKey(), StandardCharsets.UTF_8).equals(f.getValue())) {
          continue;
        }
        Files.createDirectories(f.getKey().getParent());
        Path tmp = f.getKey().resolveSibling(f.getKey().getFileName() + ".tmp");
        Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
        Files.move(tmp, f.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        getLog().info("datapact: wrote " + f.getKey());
        written++;
      }
      getLog().info("datapact: " + written + " contract files written, " + (files.size() - written) + " unchanged");
    } catch (IOException e) {
      throw new MojoExecutionException("datapact could not write imported contracts: " + e.getMessage()
          + ". Check that " + contractsDirectory + " is writable.", e);
    }
  }

  private static void fail(String title, List<Problem> errors) throws MojoFailureException {
    if (!errors.isEmpty()) {
      throw new MojoFailureException(title + System.lineSeparator()
          + errors.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
    }
  }
}
