package io.datapact.generator.site;

import io.datapact.generator.Generator;
import io.datapact.generator.checks.PlannedCheck;
import io.datapact.generator.pipeline.Pipeline;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.site.SiteModel.CheckRow;
import io.datapact.generator.site.SiteModel.ContractPage;
import io.datapact.generator.site.SiteModel.Domain;
import io.datapact.generator.site.SiteModel.FieldRow;
import io.datapact.generator.site.SiteModel.IndexEntry;
import io.datapact.generator.site.SiteModel.KindCount;
import io.datapact.generator.site.SiteModel.ObjectRow;
import io.datapact.generator.site.SiteModel.Property;
import io.datapact.generator.site.SiteModel.RoleRow;
import io.datapact.generator.site.SiteModel.RuleRow;
import io.datapact.generator.site.SiteModel.VersionRow;
import io.datapact.model.Check;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Scd;
import io.datapact.model.Sla;
import io.datapact.model.Source;
import io.datapact.model.Wire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the template models of every page from a catalog, its pipeline and its planned checks. */
final class Pages {
  static final String LINEAGE = "lineage.html";
  private static final String CONTRACT_ROOT = "../../";

  private final PipelineCatalog catalog;
  private final Pipeline pipeline;
  private final Map<String, List<PlannedCheck>> checksByObject = new HashMap<>();
  private final Map<String, Contract> byVersion = new HashMap<>();
  private final int checkCount;

  Pages(PipelineCatalog catalog, Pipeline pipeline, List<PlannedCheck> checks) {
    this.catalog = catalog;
    this.pipeline = pipeline;
    this.checkCount = checks.size();
    for (PlannedCheck check : checks) {
      checksByObject.computeIfAbsent(check.contract() + " " + check.target(), k -> new ArrayList<>()).add(check);
    }
    catalog.contracts().forEach(c -> byVersion.put(c.id() + " " + c.version(), c));
  }

  /** The page of a contract version, relative to the site root. */
  static String href(Contract c) {
    return "contracts/" + Html.slug(c.id()) + "/" + Html.slug(c.version()) + ".html";
  }

  /** The element id of a generated check's row on its contract page. */
  static String checkAnchor(String checkName) {
    return "check-" + Html.slug(checkName);
  }

  /** The checks planned on a contract version's published object, sorted by name. */
  List<PlannedCheck> checksOf(Contract c) {
    return checksByObject.getOrDefault(c.id() + " " + catalog.names(c).published(), List.of());
  }

  SiteModel.Index index() {
    Map<String, Map<String, List<Contract>>> domains = new TreeMap<>();
    for (Contract c : catalog.contracts()) {
      domains.computeIfAbsent(c.domain(), d -> new TreeMap<>()).computeIfAbsent(c.id(), i -> new ArrayList<>()).add(c);
    }
    List<Domain> rows = new ArrayList<>();
    domains.forEach((domain, ids) -> rows.add(new Domain(domain, ids.values().stream().map(versions -> {
      Contract latest = versions.get(versions.size() - 1);
      long pii = latest.fields().stream().filter(f -> f.pii() != null).count();
      return new IndexEntry(latest.id(), Wire.of(latest.kind()), text(latest.description()), team(latest),
          versionRow(latest, null, ""), versionRows(latest, ""), latest.fields().size(), (int) pii,
          checksOf(latest).size());
    }).toList())));
    return new SiteModel.Index("", "Data contracts", rows, domains.values().stream().mapToInt(Map::size).sum(),
        catalog.contracts().size(), (int) pipeline.nodes().stream().filter(n -> !LineageSvg.isTest(n)).count(), checkCount);
  }

  SiteModel.Lineage lineage() {
    Map<String, Integer> kinds = new TreeMap<>();
    pipeline.nodes().forEach(n -> kinds.merge(n.kind(), 1, Integer::sum));
    return new SiteModel.Lineage("", "Lineage", fullLineageSvg(), pipeline.nodes().size(),
        kinds.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList());
  }

  /** Every DAG node, linked from the site root. */
  String fullLineageSvg() {
    return LineageSvg.render(pipeline.nodes(), n -> link(n, ""));
  }

  ContractPage contract(Contract c) {
    List<PlannedCheck> checks = checksOf(c);
    List<FieldRow> fields = new ArrayList<>();
    for (int i = 0; i < c.fields().size(); i++) {
      fields.add(field(c.fields().get(i), i, checks));
    }
    List<RuleRow> rules = c.checks().stream().map(Pages::rule).toList();
    List<RoleRow> access = c.access().entrySet().stream()
        .map(e -> new RoleRow(e.getKey(), e.getValue().masked(), e.getValue().rowFilter(), e.getValue().write()))
        .toList();
    List<PipelineNode> own = DocsSite.nodesOf(pipeline, c).stream().filter(n -> !LineageSvg.isTest(n)).toList();
    List<ObjectRow> objects = own.stream().map(n -> new ObjectRow(n.name(), n.kind(), n.inputs())).toList();
    SiteModel.Deprecation deprecation = c.deprecation() == null ? null : new SiteModel.Deprecation(
        c.deprecation().removalDate(), c.deprecation().replacement(), text(c.deprecation().reason()));
    return new ContractPage(CONTRACT_ROOT, c.id() + " " + c.version(), c.id(), c.version(), Wire.of(c.status()),
        Wire.of(c.kind()), text(c.description()),
        c.owner() == null ? null : new SiteModel.Owner(c.owner().team(), c.owner().email()),
        versionRows(c, CONTRACT_ROOT), deprecation, source(c), sla(c.sla()), fields, rules,
        checks.stream().map(Pages::check).toList(), access, objects,
        LineageSvg.render(neighbourhood(own), n -> link(n, CONTRACT_ROOT)));
  }

  /** The contract's objects with the objects they read and the objects that read them, tests left out. */
  private List<PipelineNode> neighbourhood(List<PipelineNode> own) {
    Set<String> names = new HashSet<>();
    own.forEach(n -> {
      names.add(n.name());
      names.addAll(n.inputs());
    });
    Set<String> ownNames = new HashSet<>(own.stream().map(PipelineNode::name).toList());
    return pipeline.nodes().stream().filter(n -> !LineageSvg.isTest(n))
        .filter(n -> names.contains(n.name()) || n.inputs().stream().anyMatch(ownNames::contains)).toList();
  }

  private String link(PipelineNode n, String root) {
    Contract c = n.contract() == null ? null : byVersion.get(n.contract() + " " + n.version());
    if (c == null) {
      return null;
    }
    String page = root + href(c);
    return LineageSvg.isTest(n) ? page + "#" + checkAnchor(n.name().substring(Generator.TEST_SCHEMA.length() + 1)) : page;
  }

  private List<VersionRow> versionRows(Contract shown, String root) {
    List<VersionRow> rows = new ArrayList<>();
    for (Contract c : catalog.contracts()) {
      if (c.id().equals(shown.id())) {
        rows.add(0, versionRow(c, shown, root));
      }
    }
    return rows;
  }

  private static VersionRow versionRow(Contract c, Contract shown, String root) {
    return new VersionRow(c.version(), Wire.of(c.status()), root + href(c), c == shown,
        c.deprecation() == null ? null : c.deprecation().removalDate(),
        c.deprecation() == null ? null : c.deprecation().replacement());
  }

  private FieldRow field(Field f, int index, List<PlannedCheck> checks) {
    List<String> constraints = new ArrayList<>();
    if (f.primaryKey()) {
      constraints.add("primary key");
    }
    if (f.required()) {
      constraints.add("required");
    }
    if (f.unique()) {
      constraints.add("unique");
    }
    if (f.pattern() != null) {
      constraints.add("pattern " + f.pattern());
    }
    if (f.range() != null) {
      constraints.add("range " + bound(f.range().min()) + " .. " + bound(f.range().max()));
    }
    if (f.length() != null) {
      constraints.add("length " + bound(f.length().min()) + " .. " + bound(f.length().max()));
    }
    if (!f.values().isEmpty()) {
      constraints.add("one of " + String.join(", ", f.values()));
    }
    String referenceHref = null;
    if (f.references() != null) {
      constraints.add("references " + f.references());
      int dot = f.references().indexOf('.', f.references().indexOf('.') + 1);
      referenceHref = dot < 0 ? null
          : catalog.latest(f.references().substring(0, dot)).map(r -> CONTRACT_ROOT + href(r)).orElse(null);
    }
    if (!f.transform().isEmpty()) {
      constraints.add("transform " + String.join(", ", f.transform().stream().map(Wire::of).toList()));
    }
    List<SiteModel.Link> fieldChecks = checks.stream().filter(k -> k.columns().contains(f.name()))
        .map(k -> new SiteModel.Link(k.name(), "#" + checkAnchor(k.name()))).toList();
    return new FieldRow("field-" + index, f.name(), f.sourceName(), f.type(), text(f.description()), constraints,
        referenceHref, f.pii() == null ? null : Wire.of(f.pii()),
        f.pii() == null ? null : Wire.of(f.masking() == null ? f.pii().defaultMasking() : f.masking()),
        f.classification() == null ? null : Wire.of(f.classification()), fieldChecks);
  }

  private static RuleRow rule(Check k) {
    return new RuleRow(k.name(), k.expression(), Wire.of(k.severity()), text(k.description()));
  }

  private static CheckRow check(PlannedCheck k) {
    List<String> details = new ArrayList<>();
    k.params().forEach((key, values) -> details.add(key + ": " + String.join(", ", values)));
    if (k.tolerance() > 0) {
      details.add("tolerance: " + k.tolerance());
    }
    return new CheckRow(checkAnchor(k.name()), k.name(), k.kind().wire(), k.target().toString(), k.columns(),
        Wire.of(k.severity()), details);
  }

  private List<Property> source(Contract c) {
    List<Property> rows = new ArrayList<>();
    Source s = c.source();
    add(rows, "landing table", catalog.names(c).raw().toString());
    add(rows, "format", Wire.of(s.format()));
    add(rows, "loaded-at column", s.loadedAt());
    add(rows, "deleted flag", s.deletedFlag());
    add(rows, "published as", catalog.names(c).published().toString());
    if (!c.grain().isEmpty()) {
      add(rows, "grain", String.join(", ", c.grain()));
    }
    Scd scd = c.scd();
    if (scd != null) {
      add(rows, "SCD type", String.valueOf(scd.type()));
      add(rows, "SCD key", String.join(", ", scd.key()));
      add(rows, "SCD tracked", scd.tracked().isEmpty() ? null : String.join(", ", scd.tracked()));
      add(rows, "SCD previous", scd.previous().isEmpty() ? null : String.join(", ", scd.previous()));
      add(rows, "hard deletes", Wire.of(scd.deletes()));
    }
    if (c.incremental() != null) {
      add(rows, "incremental", c.incremental().strategy() == null ? null : Wire.of(c.incremental().strategy()));
      add(rows, "time column", c.incremental().timeColumn());
      add(rows, "lookback", c.incremental().lookback());
    }
    return rows;
  }

  private static List<Property> sla(Sla sla) {
    List<Property> rows = new ArrayList<>();
    if (sla == null) {
      return rows;
    }
    if (sla.freshness() != null) {
      add(rows, "freshness column", sla.freshness().column());
      add(rows, "freshness warn after", sla.freshness().warnAfter());
      add(rows, "freshness error after", sla.freshness().errorAfter());
    }
    if (sla.volume() != null) {
      add(rows, "minimum rows", sla.volume().minRows() == null ? null : sla.volume().minRows().toString());
      add(rows, "maximum rows", sla.volume().maxRows() == null ? null : sla.volume().maxRows().toString());
      add(rows, "maximum daily change %",
          sla.volume().maxDailyChangePct() == null ? null : sla.volume().maxDailyChangePct().toString());
    }
    add(rows, "latency", sla.latency());
    add(rows, "availability", sla.availability());
    return rows;
  }

  private static void add(List<Property> rows, String name, String value) {
    if (value != null && !value.isEmpty()) {
      rows.add(new Property(name, value));
    }
  }

  private static String bound(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String team(Contract c) {
    return c.owner() == null ? "" : c.owner().team();
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
