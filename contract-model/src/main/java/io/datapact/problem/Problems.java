package io.datapact.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems from every stage so that a run reports all of them at once. Not thread-safe. */
public final class Problems {
  private final List<Problem> all = new ArrayList<>();

  /** Adds one problem. */
  public void add(Problem problem) {
    all.add(problem);
  }

  /** Every problem so far, sorted by file, position and rule. */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(all);
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  /** How many problems so far. */
  public int size() {
    return all.size();
  }
}
