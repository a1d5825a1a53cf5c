package io.datapact.generator.review;

import io.datapact.compat.CompatResult;
import io.datapact.compat.ContractComparison;
import io.datapact.compat.Finding;
import io.datapact.compat.Level;
import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.pipeline.PipelineNode;
import io.datapact.model.Contract;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pull-request review of a compat run: per changed contract, its breaking, privacy and other
 * changes, the downstream objects of the pipeline DAG it reaches, the roles that read it and the
 * diff of its generated SQL.
 *
 * <pre>{@code
 * Review review = Review.of("git merge base of HEAD and main", result, baseline, current,
 *     generator.generate(baseline), generator.generate(current));
 * Files.writeString(out.resolve("review.md"), ReviewMarkdown.render(review));
 * }</pre>
 *
 * @param baselineSql whether the baseline's SQL could be generated (a baseline invalid under
 *     today's rules cannot); without it every file shows as added
 */
public record Review(String baseline, CompatResult result, List<ContractReview> contracts, boolean baselineSql) {
  public Review {
    contracts = List.copyOf(contracts);
  }

  /**
   * Builds the review.
   *
   * @param before the baseline's generated files, or null when they could not be generated
   */
  public static Review of(String baseline, CompatResult result, List<Contract> baselineContracts,
      List<Contract> currentContracts, GeneratedFiles before, GeneratedFiles after) {
    List<ContractReview> out = new ArrayList<>();
    for (ContractComparison c : result.comparisons()) {
      if (c.changes().isEmpty()) {
        continue;
      }
      List<Finding> findings = result.findings().stream().filter(f -> f.comparison() == c).toList();
      List<Finding> breaking = findings.stream()
          .filter(f -> !f.change().rule().privacy() && f.change().rule().severity() == Level.ERROR).toList();
      List<Finding> privacy = findings.stream().filter(f -> f.change().rule().privacy()).toList();
      List<Finding> other = findings.stream()
          .filter(f -> !breaking.contains(f) && !privacy.contains(f)).toList();
      GeneratedFiles where = c.newVersion() != null ? after : before;
      String version = c.newVersion() != null ? c.newVersion() : c.oldVersion();
      SortedMap<String, List<String>> downstream = where == null ? new TreeMap<>()
          : downstream(where.pipeline().nodes(), c.id(), version);
      out.add(new ContractReview(c.id(), c.oldVersion(), c.newVersion(), c.declared(), c.required(),
          breaking, privacy, other, downstream, roles(c, baselineContracts, currentContracts),
          sql(c, before, after)));
    }
    return new Review(baseline, result, out, before != null);
  }

  /** Every object reachable from the contract's own objects, by kind; the contract's raw table aside. */
  static SortedMap<String, List<String>> downstream(List<PipelineNode> nodes, String id, String version) {
    Map<String, List<PipelineNode>> readers = new HashMap<>();
    for (PipelineNode n : nodes) {
      n.inputs().forEach(i -> readers.computeIfAbsent(i, k -> new ArrayList<>()).add(n));
    }
    Deque<PipelineNode> todo = new ArrayDeque<>();
    nodes.stream().filter(n -> owns(n, id, version)).forEach(todo::add);
    Map<String, PipelineNode> seen = new TreeMap<>();
    while (!todo.isEmpty()) {
      PipelineNode n = todo.pop();
      if (seen.putIfAbsent(n.name(), n) == null) {
        todo.addAll(readers.getOrDefault(n.name(), List.of()));
      }
    }
    SortedMap<String, List<String>> byKind = new TreeMap<>();
    for (PipelineNode n : seen.values()) {
      if (!n.kind().equals("raw") && !n.kind().equals("setup")) {
        String label = owns(n, id, version) ? n.name() : n.name() + " (" + n.contract() + ")";
        byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(label);
      }
    }
    return byKind;
  }

  private static boolean owns(PipelineNode n, String id, String version) {
    return id.equals(n.contract()) && Objects.equals(version, n.version());
  }

  private static List<String> roles(ContractComparison c, List<Contract> before, List<Contract> after) {
    TreeSet<String> roles = new TreeSet<>();
    before.stream().filter(k -> k.id().equals(c.id()) && k.version().equals(c.oldVersion()))
        .forEach(k -> roles.addAll(k.access().keySet()));
    after.stream().filter(k -> k.id().equals(c.id()) && k.version().equals(c.newVersion()))
        .forEach(k -> roles.addAll(k.access().keySet()));
    return List.copyOf(roles);
  }

  /** The diff of every file that builds an object of the contract, on either side. */
  private static List<ContractReview.SqlDiff> sql(ContractComparison c, GeneratedFiles before, GeneratedFiles after) {
    TreeSet<String> files = new TreeSet<>();
    collect(before, c.id(), c.oldVersion(), files);
    collect(after, c.id(), c.newVersion(), files);
    List<ContractReview.SqlDiff> out = new ArrayList<>();
    for (String file : files) {
      String old = before == null ? "" : before.files().getOrDefault(file, "");
      String now = after == null ? "" : after.files().getOrDefault(file, "");
      String diff = LineDiff.unified(old, now);
      if (!diff.isEmpty()) {
        out.add(new ContractReview.SqlDiff(file, diff));
      }
    }
    return out;
  }

  private static void collect(GeneratedFiles generated, String id, String version, TreeSet<String> files) {
    if (generated == null || version == null) {
      return;
    }
    generated.pipeline().nodes().stream().filter(n -> owns(n, id, version))
        .forEach(n -> files.addAll(n.files().values()));
  }
}
