package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.datapact.generator.sql.Relation;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The record of one contract: a component per field in the field's Java type, a nested enum per
 * enum field, {@code violations()} with the contract's field rules, and a {@code toString()} that
 * leaves personal data out.
 */
final class RecordType {
  private final Contract contract;
  private final ClassName name;
  private final Relation raw;
  private final SupportTypes support;

  RecordType(Contract contract, ClassName name, Relation raw, SupportTypes support) {
    this.contract = contract;
    this.name = name;
    this.raw = raw;
    this.support = support;
  }

  TypeSpec build() {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc = CodeBlock.builder();
    if (contract.description() != null) {
      doc.add("$L\n\n", Javadoc.text(contract.description().strip()));
    }
    doc.add("<p>Contract {@code $L} version $L; rows land in {@code $L}.\n", contract.id(), contract.version(), raw);
    doc.add("{@link #violations()} checks the contract's field rules; personal data is left out of\n"
        + "{@link #toString()}.\n\n");
    TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC)
        .addAnnotation(JavaGeneration.generated());
    FieldRules rules = new FieldRules(support);
    for (Field f : contract.fields()) {
      String component = JavaNames.component(f);
      ctor.addParameter(JavaTypes.of(f, name), component);
      doc.add("@param $L $L\n", component, componentDoc(f));
      if (JavaTypes.isEnum(f)) {
        type.addType(enumType(f));
      }
      rules.add(f);
    }
    type.addJavadoc(doc.build()).recordConstructor(ctor.build());
    rules.constants().forEach(type::addField);
    type.addMethod(rules.method());
    type.addMethod(toStringMethod());
    return type.build();
  }

  private static String componentDoc(Field f) {
    List<String> parts = new ArrayList<>();
    parts.add(f.description() == null ? "{@code " + f.name() + "}" : Javadoc.text(f.description().strip()));
    parts.add("({@code " + f.logicalType() + "}" + (f.notNull() ? ", required" : "")
        + (f.sourceName() == null ? "" : ", raw column {@code " + Javadoc.text(f.sourceName()) + "}") + ")");
    if (f.pii() != null) {
      parts.add("Personal data (" + Wire.of(f.pii()) + "): left out of {@code toString()}, masked in rejects.");
    }
    return String.join(" ", parts);
  }

  private TypeSpec enumType(Field f) {
    ClassName enumName = name.nestedClass(JavaNames.enumName(f));
    TypeSpec.Builder e = TypeSpec.enumBuilder(enumName).addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of {@code $L}.\n", f.name());
    List<String> constants = JavaNames.constants(f.values());
    for (int i = 0; i < constants.size(); i++) {
      e.addEnumConstant(constants.get(i), TypeSpec.anonymousClassBuilder("$S", f.values().get(i))
          .addJavadoc("{@code $L}\n", Javadoc.text(f.values().get(i))).build());
    }
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value")
        .addStatement("this.value = value").build());
    e.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(String.class)
        .addJavadoc("The value as the contract and the raw table spell it.\n")
        .addStatement("return value").build());
    e.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(enumName)
        .addJavadoc("The constant of a value as the contract spells it.\n\n"
            + "@throws IllegalArgumentException when the value is not one of the contract's\n")
        .addParameter(String.class, "value")
        .beginControlFlow("for ($T constant : values())", enumName)
        .beginControlFlow("if (constant.value.equals(value))")
        .addStatement("return constant")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
            "'", "' is not a value of " + f.name() + " (" + String.join(", ", f.values()) + ")")
        .build());
    return e.build();
  }

  private MethodSpec toStringMethod() {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", name.simpleName() + "[");
    StringJoiner none = new StringJoiner(", ");
    boolean first = true;
    for (Field f : contract.fields()) {
      if (f.pii() != null) {
        none.add(f.name());
        continue;
      }
      body.add("\n    + $S + $L", (first ? "" : ", ") + JavaNames.component(f) + "=", JavaNames.component(f));
      first = false;
    }
    body.add(" + $S", "]");
    return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addJavadoc(none.length() == 0 ? "Every component.\n" : "Every component but the personal data ($L).\n"
            .replace("$L", none.toString()))
        .returns(String.class)
        .addStatement(body.build())
        .build();
  }

  static TypeName listOf(ClassName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }

  static FieldSpec constant(TypeName type, String name, CodeBlock init) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(init).build();
  }
}
