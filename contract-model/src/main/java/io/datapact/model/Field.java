package io.datapact.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One column of a dataset with its logical type and the rules its values follow.
 *
 * @param sourceName the column's name in the raw data when it differs from {@code name}
 * @param type the logical type as written; {@link #logicalType()} parses it
 * @param values accepted values ({@code enum} in YAML), as text
 * @param references {@code domain.name.field} of the referenced contract's field
 */
public record Field(
    String name,
    String sourceName,
    String type,
    String description,
    boolean required,
    boolean unique,
    boolean primaryKey,
    String pattern,
    Range range,
    Length length,
    @JsonProperty("enum") List<String> values,
    String references,
    PiiKind pii,
    Classification classification,
    Masking masking,
    List<Transform> transform) {

  public Field {
    values = Lists.copy(values);
    transform = Lists.copy(transform);
  }

  /** The parsed type; only for contracts that passed validation. */
  public LogicalType logicalType() {
    return LogicalType.parse(type);
  }

  /** The raw column name: {@code sourceName} when given, else {@code name}. */
  public String rawName() {
    return sourceName == null ? name : sourceName;
  }

  /** Whether the field may never be null: required or part of the primary key. */
  public boolean notNull() {
    return required || primaryKey;
  }
}
