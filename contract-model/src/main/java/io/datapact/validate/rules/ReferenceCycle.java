package io.datapact.validate.rules;

import io.datapact.model.Field;
import io.datapact.model.Kind;
import io.datapact.validate.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.datapact.validate.Catalog;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.Reporter;
import io.datapact.validate.Rule;

/**
 * References among dimensions form no cycle, so that dimensions can be built in dependency order.
 * A dimension referencing itself (a hierarchy such as manager_id) is allowed.
 */
public final class ReferenceCycle implements Rule {
  @Override
  public String id() {
    return "reference-cycle";
  }

  @Override
  public void check(LoadedContract c, Catalog catalog, Reporter report) {
    if (c.contract().kind() != Kind.DIMENSION) {
      return;
    }
    List<Field> fields = c.contract().fields();
    for (int i = 0; i < fields.size(); i++) {
      String ref = fields.get(i).references();
      if (ref == null) {
        continue;
      }
      String next = References.split(ref).contractId();
      List<String> path = new ArrayList<>(List.of(c.contract().id()));
      Optional<List<String>> cycle = findPath(next, c.contract().id(), catalog, path);
      if (cycle.isPresent()) {
        report.at(Pointer.field(i, "references"), "dimension references form a cycle: "
            + String.join(" -> ", cycle.get()), "break the cycle; dimensions are built in reference order");
        return;
      }
    }
  }

  /** Depth-first search from {@code current} back to {@code start} through dimensions. */
  private static Optional<List<String>> findPath(String current, String start, Catalog catalog, List<String> path) {
    if (current.equals(path.get(path.size() - 1))) {
      return Optional.empty(); // self reference
    }
    if (current.equals(start)) {
      List<String> cycle = new ArrayList<>(path);
      cycle.add(start);
      return Optional.of(cycle);
    }
    if (path.contains(current)) {
      return Optional.empty();
    }
    Optional<LoadedContract> node = catalog.latest(current).filter(l -> l.contract().kind() == Kind.DIMENSION);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    path.add(current);
    for (Field f : node.get().contract().fields()) {
      if (f.references() != null) {
        Optional<List<String>> found = findPath(References.split(f.references()).contractId(), start, catalog, path);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }
}
