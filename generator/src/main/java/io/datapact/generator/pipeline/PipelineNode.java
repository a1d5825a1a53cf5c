package io.datapact.generator.pipeline;

import java.util.List;
import java.util.SortedMap;

/**
 * One object of the pipeline: a table or view, what builds it and what it reads.
 *
 * @param name {@code schema.name}
 * @param kind setup, raw, staging, dimension, fact, alias or test (a data check, named {@code tests.<check>})
 * @param contract the contract id, or null for setup
 * @param version the contract version, or null for setup
 * @param inputs names of the objects it reads, sorted
 * @param files per dialect, the SQL file that builds it, relative to the output root
 */
public record PipelineNode(String name, String kind, String contract, String version, List<String> inputs,
    SortedMap<String, String> files) {
  public PipelineNode {
    inputs = inputs.stream().sorted().distinct().toList();
  }
}
