package io.datapact.generator;

import io.datapact.generator.pipeline.Pipeline;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generation produced: file contents by path relative to the output root, sorted, plus
 * what a dialect could not do, so that nothing is dropped silently.
 */
public record GeneratedFiles(SortedMap<String, String> files, Pipeline pipeline, List<String> unsupported) {
  public GeneratedFiles {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    unsupported = List.copyOf(unsupported);
  }
}
