package io.datapact.interop;

import io.datapact.model.Classification;
import io.datapact.model.Field;
import io.datapact.model.Length;
import io.datapact.model.Masking;
import io.datapact.model.PiiKind;
import io.datapact.model.Range;
import io.datapact.model.Transform;
import java.util.ArrayList;
import java.util.List;

/** A field being imported. */
final class DraftField {
  /** Pointer of the property in the source file. */
  final String pointer;
  /** The column's name in the source file. */
  final String sourceColumn;
  String name;
  String sourceName;
  String type = "string";
  String description;
  boolean required;
  boolean unique;
  boolean primaryKey;
  /** Position in a composite primary key, 1-based; 0 when not stated. */
  int keyPosition;
  String pattern;
  String min;
  String max;
  Integer minLength;
  Integer maxLength;
  List<String> values = new ArrayList<>();
  String references;
  /** A relationship to resolve once every file of the import is read; null when none. */
  PendingReference pending;
  PiiKind pii;
  Classification classification;
  Masking masking;
  List<Transform> transform = new ArrayList<>();

  DraftField(String pointer, String sourceColumn) {
    this.pointer = pointer;
    this.sourceColumn = sourceColumn;
  }

  Field build() {
    Range range = min == null && max == null ? null : new Range(min, max);
    Length length = minLength == null && maxLength == null ? null : new Length(minLength, maxLength);
    return new Field(name, sourceName, type, description, required, unique, primaryKey, pattern, range, length,
        values, references, pii, classification, masking, transform);
  }

  /**
   * A foreign key to resolve: {@code object.column} as written in the source file, or a datapact
   * {@code domain.name.field} when the file states one.
   */
  record PendingReference(String object, String column, String datapactId, String pointer) {}
}
