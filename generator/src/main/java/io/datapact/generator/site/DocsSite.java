package io.datapact.generator.site;

import io.datapact.generator.Generator;
import io.datapact.generator.checks.CheckPlanner;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.sql.Dialects;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import io.datapact.model.Contract;
import io.datapact.model.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A static documentation site of the contracts: an index, one page per contract version (fields,
 * types, PII, SLAs, the generated data checks, owner, every version), the lineage of the pipeline
 * DAG as SVG, and a search box that runs in the browser on an index written with the site. No
 * server, no network: pages open from the file system and load only files of the site.
 *
 * <pre>{@code
 * SortedMap<String, String> files = new DocsSite(null).render(contracts);
 * new OutputWriter(Path.of("target/datapact-site")).write(files);
 * }</pre>
 *
 * <p>Pages are FreeMarker templates ({@code io/datapact/templates/site/}), overridable one by one
 * from {@code <templateDirectory>/site/}; every contract text is HTML-escaped. The same contracts
 * give the same bytes.
 */
public final class DocsSite {
  /** The contract JSON Schema, as published in the site. */
  public static final String SCHEMA_FILE = "schema/contract-v1.schema.json";
  private static final String SCHEMA_RESOURCE = "io/datapact/schema/contract-v1.schema.json";

  private final Templates templates;
  private final Path templateOverrides;

  /** A site renderer with an optional template override folder (may be null). */
  public DocsSite(Path templateOverrides) {
    this.templateOverrides = templateOverrides;
    this.templates = Templates.site(templateOverrides);
  }

  /** The site of contracts that passed validation: file contents by path relative to the site root. */
  public SortedMap<String, String> render(List<Contract> contracts) {
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    // The DAG does not depend on the dialect; DuckDB stands in.
    Pipeline pipeline = new Generator(List.of(Dialects.byName("duckdb")), templateOverrides).generate(contracts)
        .pipeline();
    return render(catalog, pipeline, CheckPlanner.plan(catalog, reason -> { }));
  }

  /** The site of a catalog with its pipeline and planned checks. */
  public SortedMap<String, String> render(PipelineCatalog catalog, Pipeline pipeline, List<PlannedCheck> checks) {
    Pages pages = new Pages(catalog, pipeline, checks);
    SortedMap<String, String> files = new TreeMap<>();
    files.put("index.html", templates.render("index.html.ftl", pages.index()));
    files.put(Pages.LINEAGE, templates.render("lineage.html.ftl", pages.lineage()));
    files.put("lineage.svg", pages.fullLineageSvg());
    for (Contract c : catalog.contracts()) {
      files.put(Pages.href(c), templates.render("contract.html.ftl", pages.contract(c)));
    }
    files.put("assets/site.css", templates.render("site.css.ftl", Map.of()));
    files.put("assets/search.js", templates.render("search.js.ftl", Map.of()));
    files.put("assets/search-index.js", SearchIndex.script(entries(catalog, pages)));
    files.put(SCHEMA_FILE, schema());
    return files;
  }

  private static List<Map<String, Object>> entries(PipelineCatalog catalog, Pages pages) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Contract c : catalog.contracts()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", c.id());
      e.put("version", c.version());
      e.put("status", Wire.of(c.status()));
      e.put("kind", Wire.of(c.kind()));
      e.put("team", c.owner() == null ? "" : c.owner().team());
      e.put("description", c.description() == null ? "" : c.description().strip());
      e.put("fields", c.fields().stream().map(f -> f.name()).toList());
      e.put("checks", pages.checksOf(c).stream().map(PlannedCheck::name).toList());
      e.put("url", Pages.href(c));
      entries.add(e);
    }
    return entries;
  }

  private static String schema() {
    try (InputStream in = DocsSite.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the contract schema " + SCHEMA_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** The DAG nodes of a pipeline that belong to a contract version, for callers that draw their own. */
  static List<PipelineNode> nodesOf(Pipeline pipeline, Contract c) {
    return pipeline.nodes().stream()
        .filter(n -> c.id().equals(n.contract()) && c.version().equals(n.version())).toList();
  }
}
