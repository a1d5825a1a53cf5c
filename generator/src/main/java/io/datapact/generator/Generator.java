package io.datapact.generator;

import io.datapact.generator.checks.CheckKind;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.CheckSql;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.run.PipelineRunner;
import io.datapact.generator.security.SecuritySql;
import io.datapact.generator.sql.ContractSql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.sql.Relation;
import io.datapact.generator.sql.model.SetupModel;
import io.datapact.generator.template.Templates;
import io.datapact.model.Contract;
import io.datapact.model.Kind;
import io.datapact.model.Wire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns valid contracts into SQL files per dialect and the pipeline graph.
 *
 * <pre>{@code
 * GeneratedFiles out = new Generator(List.of(Dialects.byName("duckdb")), null)
 *     .generate(report.contracts().stream().map(LoadedContract::contract).toList());
 * }</pre>
 *
 * <p>A plain library: no Maven, no file system writes (see {@code OutputWriter}). Output depends
 * only on the contracts, the dialects and the templates, so it is byte-identical on every machine.
 */
public final class Generator {
  /** The schema part of test node names, {@code tests.<check>}; no object lives there. */
  public static final String TEST_SCHEMA = "tests";

  private final List<Dialect> dialects;
  private final Map<String, Templates> templates = new TreeMap<>();
  private final boolean maskEverything;

  /** A generator for these dialects, with an optional template override folder (may be null). */
  public Generator(List<Dialect> dialects, Path templateOverrides) {
    this(dialects, templateOverrides, false);
  }

  /**
   * A generator that, when {@code maskEverything} is set (the dev environment), masks every PII
   * field for every role, so that development copies never show raw personal data.
   */
  public Generator(List<Dialect> dialects, Path templateOverrides, boolean maskEverything) {
    this.maskEverything = maskEverything;
    this.dialects = List.copyOf(dialects);
    for (Dialect d : dialects) {
      templates.put(d.name(), new Templates(d, templateOverrides));
    }
  }

  /** Generates everything for the contracts, which must have passed validation. */
  public GeneratedFiles generate(List<Contract> contracts) {
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    List<String> unsupported = new ArrayList<>();
    List<PlannedCheck> checks = CheckPlanner.plan(catalog, unsupported::add);
    SortedMap<String, String> files = new TreeMap<>();
    Map<String, PipelineNode> nodes = new TreeMap<>();
    for (Dialect d : dialects) {
      Templates t = templates.get(d.name());
      String root = "sql/" + d.name() + "/";
      if (SecuritySql.applies(catalog)) {
        new SecurityFiles(d, t, catalog, maskEverything).add(files, nodes);
      }
      if (!d.buildsPipeline()) {
        continue;
      }
      files.put(root + "setup.sql", t.render("setup.sql.ftl", setup(d, catalog)));
      addNode(nodes, "datapact.setup", "setup", null, List.of(), d, root + "setup.sql");
      for (Contract c : catalog.contracts()) {
        ContractSql sql = new ContractSql(d, c, catalog);
        ObjectNames names = catalog.names(c);
        String rawFile = root + "raw/" + names.raw() + ".sql";
        files.put(rawFile, t.render("raw.sql.ftl", sql.raw()));
        addNode(nodes, names.raw().toString(), "raw", c, List.of("datapact.setup"), d, rawFile);
        String stagingFile = root + "staging/" + names.staging().name() + ".sql";
        files.put(stagingFile, t.render("staging.sql.ftl", sql.staging()));
        addNode(nodes, names.staging().toString(), "staging", c, List.of(names.raw().toString()), d, stagingFile);
        sql.mart().ifPresent(m -> {
          Relation mart = names.mart().orElseThrow();
          String file = root + "marts/" + mart.name() + ".sql";
          files.put(file, t.render(martTemplate(c), m));
          addNode(nodes, mart.toString(), Wire.of(c.kind()), c, martInputs(c, catalog), d, file);
        });
        sql.alias().ifPresent(a -> {
          Relation alias = names.alias().orElseThrow();
          String file = root + alias.schema() + "/" + alias.name() + ".sql";
          files.put(file, t.render("alias.sql.ftl", a));
          addNode(nodes, alias.toString(), "alias", c, List.of(names.published().toString()), d, file);
        });
      }
      addTests(files, nodes, d, new CheckSql(d, t, catalog), checks, catalog);
    }
    Pipeline pipeline = Pipeline.of(new ArrayList<>(nodes.values()));
    files.put("pipeline.json", pipeline.toJson());
    return new GeneratedFiles(files, pipeline, unsupported);
  }

  /** One file per data check, {@code tests/<check>.sql}, and a {@code test} node reading the checked object. */
  private static void addTests(SortedMap<String, String> files, Map<String, PipelineNode> nodes, Dialect d, CheckSql sql,
      List<PlannedCheck> checks, PipelineCatalog catalog) {
    for (PlannedCheck check : checks) {
      String file = "sql/" + d.name() + "/tests/" + check.name() + ".sql";
      files.put(file, sql.render(check));
      String read = check.kind() == CheckKind.BATCH_DUPLICATES ? check.param(PlannedCheck.RAW) : check.target().toString();
      List<String> inputs = new ArrayList<>(List.of(read));
      if (check.kind() == CheckKind.RELATIONSHIPS) {
        inputs.add(check.param(PlannedCheck.PARENT));
      }
      addNode(nodes, TEST_SCHEMA + "." + check.name(), PipelineRunner.TEST, CheckPlanner.contractOf(catalog, check), inputs, d, file);
    }
  }

  private static String martTemplate(Contract c) {
    if (c.kind() == Kind.FACT) {
      return "fact.sql.ftl";
    }
    return switch (c.scd().type()) {
      case 2 -> "dimension_scd2.sql.ftl";
      case 3 -> "dimension_scd3.sql.ftl";
      default -> "dimension.sql.ftl";
    };
  }

  /** A mart reads its staging rows and the marts of the dimensions it references. */
  private static List<String> martInputs(Contract c, PipelineCatalog catalog) {
    List<String> inputs = new ArrayList<>();
    inputs.add(catalog.names(c).staging().toString());
    catalog.joined(c).forEach(m -> inputs.add(m.toString()));
    return inputs;
  }

  private static SetupModel setup(Dialect d, PipelineCatalog catalog) {
    TreeSet<String> schemas = new TreeSet<>(List.of(ObjectNames.STATE, ObjectNames.STAGING, ObjectNames.MARTS));
    for (Contract c : catalog.contracts()) {
      schemas.add(catalog.names(c).raw().schema());
    }
    return new SetupModel(schemas.stream().map(d::quote).toList(), d.quote(ObjectNames.STATE),
        d.qualified(ObjectNames.STATE, "processed_batches"));
  }

  static void addNode(Map<String, PipelineNode> nodes, String name, String kind, Contract c,
      List<String> inputs, Dialect d, String file) {
    PipelineNode existing = nodes.get(name);
    SortedMap<String, String> files = new TreeMap<>(existing == null ? Map.of() : existing.files());
    files.put(d.name(), file);
    nodes.put(name, new PipelineNode(name, kind, c == null ? null : c.id(), c == null ? null : c.version(),
        inputs, files));
  }

  /** The dialects this generator writes. */
  public List<Dialect> dialects() {
    return dialects;
  }
}
