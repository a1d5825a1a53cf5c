package io.datapact.generator;

import io.datapact.generator.security.Reader;
import io.datapact.generator.security.SecurityModels.View;
import io.datapact.generator.security.SecuritySql;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.generator.template.Templates;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import io.datapact.generator.pipeline.PipelineNode;

/**
 * The security files of one dialect under {@code sql/<dialect>/security/} and their pipeline
 * nodes: the setup ({@code datapact.security}, kind {@code grant}), each reader's view
 * ({@code for_<role>.<base>}, kind {@code masked_view}), and per contract its policies
 * ({@code policies.<base>}, kind {@code policy}) and grants ({@code grants.<base>}, kind
 * {@code grant}) where the engine has them.
 */
final class SecurityFiles {
  /** Node of the security setup. */
  static final String SETUP = ObjectNames.STATE + ".security";
  /** Node kinds of the security files. */
  static final String MASKED_VIEW = "masked_view";
  static final String POLICY = "policy";
  static final String GRANT = "grant";

  private final Dialect d;
  private final Templates t;
  private final PipelineCatalog catalog;
  private final boolean maskEverything;

  SecurityFiles(Dialect d, Templates t, PipelineCatalog catalog, boolean maskEverything) {
    this.d = d;
    this.t = t;
    this.catalog = catalog;
    this.maskEverything = maskEverything;
  }

  void add(SortedMap<String, String> files, Map<String, PipelineNode> nodes) {
    String root = "sql/" + d.name() + "/security/";
    files.put(root + "setup.sql", t.render("security_setup.sql.ftl", SecuritySql.setup(d, catalog, maskEverything)));
    Generator.addNode(nodes, SETUP, GRANT, null, d.buildsPipeline() ? List.of("datapact.setup") : List.of(), d,
        root + "setup.sql");
    for (Contract c : catalog.contracts()) {
      if (c.access().isEmpty()) {
        continue;
      }
      SecuritySql sql = new SecuritySql(d, c, catalog, maskEverything);
      ObjectNames names = catalog.names(c);
      String base = names.base();
      String published = names.published().toString();
      List<String> grantInputs = new ArrayList<>(List.of(SETUP, names.raw().toString(), published));
      List<Reader> viaView = sql.readers().stream().filter(Reader::viaView).toList();
      List<View> views = sql.views();
      for (int i = 0; i < views.size(); i++) {
        String node = sql.viewNode(viaView.get(i));
        String file = root + node.substring(0, node.indexOf('.')) + "/" + base + ".sql";
        files.put(file, t.render("security_view.sql.ftl", views.get(i)));
        Generator.addNode(nodes, node, MASKED_VIEW, c, List.of(SETUP, published), d, file);
        grantInputs.add(node);
      }
      if (d.supportsRowLevelSecurity()) {
        String file = root + "policies/" + base + ".sql";
        files.put(file, t.render("security_policies.sql.ftl", sql.policies()));
        Generator.addNode(nodes, "policies." + base, POLICY, c, List.of(SETUP, names.raw().toString(), published), d, file);
        grantInputs.add("policies." + base);
      }
      if (d.supportsRoles()) {
        String file = root + "grants/" + base + ".sql";
        files.put(file, t.render("security_grants.sql.ftl", sql.grants()));
        Generator.addNode(nodes, "grants." + base, GRANT, c, grantInputs, d, file);
      }
    }
  }
}
