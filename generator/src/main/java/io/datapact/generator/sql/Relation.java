package io.datapact.generator.sql;

/** A schema-qualified table or view name, unquoted. */
public record Relation(String schema, String name) implements Comparable<Relation> {
  /** {@code schema.name}, for logs, file names and the pipeline graph. */
  @Override
  public String toString() {
    return schema + "." + name;
  }

  @Override
  public int compareTo(Relation other) {
    return toString().compareTo(other.toString());
  }
}
