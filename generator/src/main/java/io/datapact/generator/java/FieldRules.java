package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import io.datapact.model.Range;
import io.datapact.model.Transform;
import io.datapact.model.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The body of a record's {@code violations()}: per field, in field order, the checks of
 * {@code required}, listed values, {@code range}, {@code length}, {@code pattern} and a decimal's
 * scale and precision. Strings are checked after the field's transforms, as the staging view
 * applies them; the record keeps the value as delivered.
 */
final class FieldRules {
  private final SupportTypes support;
  private final CodeBlock.Builder body = CodeBlock.builder();
  private final List<FieldSpec> constants = new ArrayList<>();

  FieldRules(SupportTypes support) {
    this.support = support;
  }

  List<FieldSpec> constants() {
    return constants;
  }

  MethodSpec method() {
    ClassName violation = support.violation();
    return MethodSpec.methodBuilder("violations").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Every rule of the contract this record breaks, in field order; empty when it is valid.\n")
        .returns(RecordType.listOf(violation))
        .addStatement("$T out = new $T<>()", RecordType.listOf(violation), ArrayList.class)
        .addCode(body.build())
        .addStatement("return out")
        .build();
  }

  void add(Field f) {
    String c = JavaNames.component(f);
    CodeBlock checks = checks(f, c);
    boolean primitive = JavaTypes.isPrimitive(f);
    if (primitive) {
      body.add(checks);
    } else if (f.notNull()) {
      body.beginControlFlow("if ($L == null)", c).add(violation(f, "required", null, "is required"));
      if (!checks.isEmpty()) {
        body.nextControlFlow("else").add(checks);
      }
      body.endControlFlow();
    } else if (!checks.isEmpty()) {
      body.beginControlFlow("if ($L != null)", c).add(checks).endControlFlow();
    }
  }

  private CodeBlock checks(Field f, String c) {
    LogicalType t = f.logicalType();
    CodeBlock.Builder b = CodeBlock.builder();
    CodeBlock value = f.pii() != null ? CodeBlock.of("$S", "***")
        : JavaTypes.isEnum(f) ? CodeBlock.of("$L.value()", c) : CodeBlock.of("$T.valueOf($L)", String.class, c);
    if (t.base() == Base.STRING && !JavaTypes.isEnum(f)) {
      strings(f, c, value, b);
    }
    if (t.base() == Base.DECIMAL) {
      b.beginControlFlow("if ($L.scale() > $L && $L.stripTrailingZeros().scale() > $L)", c, t.scale(), c, t.scale())
          .add(violation(f, "scale", value, "has more than " + t.scale() + " decimal place" + (t.scale() == 1 ? "" : "s")))
          .endControlFlow();
      int whole = t.precision() - t.scale();
      b.beginControlFlow("if ($L.precision() - $L.scale() > $L)", c, c, whole)
          .add(violation(f, "precision", value, "has more than " + whole + " digit" + (whole == 1 ? "" : "s")
              + " before the decimal point"))
          .endControlFlow();
    }
    if (!f.values().isEmpty() && (t.base() == Base.INTEGER || t.base() == Base.LONG)) {
      String set = JavaNames.constant(f, "VALUES");
      TypeName element = JavaTypes.boxed(t);
      String suffix = t.base() == Base.LONG ? "L" : "";
      constants.add(RecordType.constant(ParameterizedTypeName.get(ClassName.get(Set.class), element), set,
          CodeBlock.of("$T.of($L)", Set.class, f.values().stream().map(v -> v.trim() + suffix).collect(Collectors.joining(", ")))));
      b.beginControlFlow("if (!$L.contains($L))", set, c)
          .add(violation(f, "enum", value, "is not one of " + String.join(", ", f.values())))
          .endControlFlow();
    }
    if (!f.values().isEmpty() && LISTED.contains(t.base())) {
      listed(f, c, value, b);
    }
    if (f.range() != null) {
      range(f, c, value, b);
    }
    return b.build();
  }

  /** Types other than string, integer and long whose values a contract may list. */
  private static final Set<Base> LISTED = Set.of(Base.DECIMAL, Base.DOUBLE, Base.BOOLEAN, Base.DATE, Base.TIMESTAMP,
      Base.TIMESTAMPTZ, Base.UUID);

  /**
   * The listed values of a decimal, double, boolean, date, timestamp or uuid field, compared as the
   * SQL of the pipeline compares them: decimals by value ({@code 1.5} is {@code 1.50}), zoned
   * timestamps by the instant.
   */
  private void listed(Field f, String c, CodeBlock value, CodeBlock.Builder b) {
    LogicalType t = f.logicalType();
    java.util.SortedMap<String, CodeBlock> elements = new java.util.TreeMap<>();
    for (String text : f.values()) {
      Object parsed = Values.parse(t, text.trim());
      switch (t.base()) {
        case DECIMAL -> {
          String v = ((BigDecimal) parsed).stripTrailingZeros().toString();
          elements.put(v, CodeBlock.of("new $T($S)", BigDecimal.class, v));
        }
        case DOUBLE -> {
          double v = ((BigDecimal) parsed).doubleValue();
          elements.put(Double.toString(v), CodeBlock.of("$L", Double.toString(v)));
        }
        case TIMESTAMPTZ -> {
          String v = ((OffsetDateTime) parsed).toInstant().toString();
          elements.put(v, CodeBlock.of("$T.parse($S)", Instant.class, v));
        }
        default -> {
          Class<?> type = JAVA.get(t.base());
          String v = parsed.toString();
          elements.put(v, type == Boolean.class ? CodeBlock.of("$L", v) : CodeBlock.of("$T.$L($S)", type,
              type == UUID.class ? "fromString" : "parse", v));
        }
      }
    }
    Class<?> element = switch (t.base()) {
      case DECIMAL -> BigDecimal.class;
      case DOUBLE -> Double.class;
      case TIMESTAMPTZ -> Instant.class;
      default -> JAVA.get(t.base());
    };
    String set = JavaNames.constant(f, "VALUES");
    constants.add(RecordType.constant(ParameterizedTypeName.get(Set.class, element), set, CodeBlock.of("$T.of($L)", Set.class,
        elements.values().stream().map(CodeBlock::toString).collect(Collectors.joining(", ")))));
    String checked = switch (t.base()) {
      case DECIMAL -> c + ".stripTrailingZeros()";
      case TIMESTAMPTZ -> c + ".toInstant()";
      default -> c;
    };
    b.beginControlFlow("if (!$L.contains($L))", set, checked)
        .add(violation(f, "enum", value, "is not one of " + String.join(", ", f.values())))
        .endControlFlow();
  }

  private static final java.util.Map<Base, Class<?>> JAVA = java.util.Map.of(Base.BOOLEAN, Boolean.class, Base.DATE,
      LocalDate.class, Base.TIMESTAMP, LocalDateTime.class, Base.UUID, UUID.class);

  private void strings(Field f, String c, CodeBlock value, CodeBlock.Builder b) {
    String v = f.transform().isEmpty() ? c : c + "Checked";
    boolean nullIfEmpty = f.transform().contains(Transform.NULL_IF_EMPTY);
    CodeBlock.Builder inner = CodeBlock.builder();
    if (f.length() != null) {
      String n = c + "Length";
      inner.addStatement("int $L = $L.codePointCount(0, $L.length())", n, v, v);
      if (f.length().min() != null) {
        inner.beginControlFlow("if ($L < $L)", n, f.length().min())
            .add(violation(f, "length", value, "is shorter than " + f.length().min() + " characters"))
            .endControlFlow();
      }
      if (f.length().max() != null) {
        inner.beginControlFlow("if ($L > $L)", n, f.length().max())
            .add(violation(f, "length", value, "is longer than " + f.length().max() + " characters"))
            .endControlFlow();
      }
    }
    if (f.pattern() != null) {
      String p = JavaNames.constant(f, "PATTERN");
      constants.add(RecordType.constant(ClassName.get(Pattern.class), p, CodeBlock.of("$T.compile($S)", Pattern.class, f.pattern())));
      inner.beginControlFlow("if (!$L.matcher($L).find())", p, v)
          .add(violation(f, "pattern", value, "does not match " + f.pattern()))
          .endControlFlow();
    }
    if (!f.values().isEmpty()) {
      String set = JavaNames.constant(f, "VALUES");
      constants.add(RecordType.constant(ParameterizedTypeName.get(Set.class, String.class), set,
          CodeBlock.of("$T.of($L)", Set.class, f.values().stream().map(x -> CodeBlock.of("$S", x).toString())
              .collect(Collectors.joining(", ")))));
      inner.beginControlFlow("if (!$L.contains($L))", set, v)
          .add(violation(f, "enum", value, "is not one of " + String.join(", ", f.values())))
          .endControlFlow();
    }
    CodeBlock checks = inner.build();
    boolean emptyIsMissing = nullIfEmpty && f.notNull();
    if (checks.isEmpty() && !emptyIsMissing) {
      return;
    }
    if (!v.equals(c)) {
      CodeBlock.Builder expr = CodeBlock.builder().add("$L", c);
      for (Transform t : f.transform()) {
        switch (t) {
          case TRIM -> expr.add(".strip()");
          case LOWER -> expr.add(".toLowerCase($T.ROOT)", Locale.class);
          case UPPER -> expr.add(".toUpperCase($T.ROOT)", Locale.class);
          case NULL_IF_EMPTY -> { }
        }
      }
      b.addStatement("$T $L = $L", String.class, v, expr.build());
    }
    if (emptyIsMissing) {
      b.beginControlFlow("if ($L.isEmpty())", v)
          .add(violation(f, "required", value, "is required (empty, and the field is null_if_empty)"));
      if (!checks.isEmpty()) {
        b.nextControlFlow("else").add(checks);
      }
      b.endControlFlow();
    } else if (nullIfEmpty) {
      b.beginControlFlow("if (!$L.isEmpty())", v).add(checks).endControlFlow();
    } else {
      b.add(checks);
    }
  }

  private void range(Field f, String c, CodeBlock value, CodeBlock.Builder b) {
    Range r = f.range();
    LogicalType t = f.logicalType();
    bound(f, c, value, b, t, r.min(), "MIN", true);
    bound(f, c, value, b, t, r.max(), "MAX", false);
  }

  private void bound(Field f, String c, CodeBlock value, CodeBlock.Builder b, LogicalType t, String text, String suffix,
      boolean min) {
    if (text == null) {
      return;
    }
    Object parsed = Values.parse(t, text);
    String k = JavaNames.constant(f, suffix);
    CodeBlock test;
    switch (t.base()) {
      case INTEGER, LONG -> test = CodeBlock.of("$L $L $L$L", c, min ? "<" : ">", parsed, t.base() == Base.LONG ? "L" : "");
      case DOUBLE -> test = CodeBlock.of("$L $L $L", c, min ? "<" : ">", ((BigDecimal) parsed).doubleValue());
      case DECIMAL -> {
        constants.add(RecordType.constant(ClassName.get(BigDecimal.class), k,
            CodeBlock.of("new $T($S)", BigDecimal.class, ((BigDecimal) parsed).toPlainString())));
        test = CodeBlock.of("$L.compareTo($L) $L 0", c, k, min ? "<" : ">");
      }
      case DATE, TIMESTAMP, TIMESTAMPTZ -> {
        Class<?> type = t.base() == Base.DATE ? LocalDate.class : t.base() == Base.TIMESTAMP ? LocalDateTime.class
            : OffsetDateTime.class;
        constants.add(RecordType.constant(ClassName.get(type), k, CodeBlock.of("$T.parse($S)", type, parsed.toString())));
        test = CodeBlock.of("$L.$L($L)", c, min ? "isBefore" : "isAfter", k);
      }
      default -> {
        return; // ranges apply to numbers and times only; validation refuses others
      }
    }
    b.beginControlFlow("if ($L)", test)
        .add(violation(f, "range", value, (min ? "is below the minimum " : "is above the maximum ") + text))
        .endControlFlow();
  }

  private CodeBlock violation(Field f, String rule, CodeBlock value, String message) {
    return CodeBlock.builder().addStatement("out.add(new $T($S, $S, $L, $S))", support.violation(), f.name(), rule,
        value == null ? "null" : value, message).build();
  }
}
