package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Java type of each field: primitives for required numbers and booleans, boxed types and
 * {@code java.time} types otherwise, a nested enum for a string field with listed values.
 */
final class JavaTypes {
  private JavaTypes() {}

  /** Whether the field becomes a nested enum: a string field with listed values. */
  static boolean isEnum(Field f) {
    return f.logicalType().base() == LogicalType.Base.STRING && !f.values().isEmpty();
  }

  /** Whether the component is a primitive, which is never null. */
  static boolean isPrimitive(Field f) {
    return f.notNull() && switch (f.logicalType().base()) {
      case INTEGER, LONG, DOUBLE, BOOLEAN -> true;
      default -> false;
    };
  }

  /** The component type; {@code record} is the record, whose nested enums enum fields use. */
  static TypeName of(Field f, ClassName record) {
    if (isEnum(f)) {
      return record.nestedClass(JavaNames.enumName(f));
    }
    TypeName boxed = boxed(f.logicalType());
    return isPrimitive(f) ? boxed.unbox() : boxed;
  }

  /** The boxed Java type of a logical type; lists of their element's boxed type. */
  static TypeName boxed(LogicalType t) {
    return switch (t.base()) {
      case STRING, JSON -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DATE -> ClassName.get(LocalDate.class);
      case TIMESTAMP -> ClassName.get(LocalDateTime.class);
      case TIMESTAMPTZ -> ClassName.get(OffsetDateTime.class);
      case UUID -> ClassName.get(UUID.class);
      case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), boxed(t.element()));
    };
  }
}
