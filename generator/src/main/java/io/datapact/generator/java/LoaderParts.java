package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.datapact.model.Field;
import io.datapact.model.LogicalType.Base;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javax.lang.model.element.Modifier;

/** What every generated loader class has: the connection, the clock, the shared SQL constants. */
final class LoaderParts {
  private LoaderParts() {}

  /** A loader class with its constants, fields and constructors. */
  static TypeSpec.Builder loaderClass(ClassName name, ClassName record, RawTableSql t, String how) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(JavaGeneration.generated())
        .addJavadoc("Loads {@link $T} rows of contract {@code $L} into {@code $L} $L.\n\n"
            + "<p>Every load carries a batch id: loading a batch id again replaces its rows, and a load is one\n"
            + "transaction, so a failure leaves nothing of the batch. Rows that break a rule of the contract go\n"
            + "to {@code $L} instead, one row per broken rule, values of personal data masked; the\n"
            + "returned counts always add up: {@code loaded + rejected == read}.\n",
            record, t.label(), t.raw, how, t.rejects)
        .addField(constant("CREATE_REJECTS", t.createRejects()))
        .addField(constant("DELETE_RAW", t.deleteRaw()))
        .addField(constant("DELETE_REJECTS", t.deleteRejects()))
        .addField(constant("INSERT_REJECT", t.insertReject()))
        .addField(Connection.class, "connection", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("A loader on the connection, with the system clock in UTC for {@code _loaded_at}.\n")
        .addParameter(Connection.class, "connection")
        .addStatement("this(connection, $T.systemUTC())", Clock.class).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("A loader on the connection; {@code _loaded_at} is the clock's time in UTC.\n")
        .addParameter(Connection.class, "connection").addParameter(Clock.class, "clock")
        .addStatement("this.connection = connection")
        .addStatement("this.clock = clock").build());
    return type;
  }

  static FieldSpec constant(String name, String value) {
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", value).build();
  }

  /** Removing an earlier load of the batch, after creating the reject table if needed. */
  static CodeBlock begin(SupportTypes support) {
    return CodeBlock.builder()
        .addStatement("$T.execute(connection, CREATE_REJECTS)", support.rawBatches())
        .addStatement("$T.update(connection, DELETE_RAW, batchId)", support.rawBatches())
        .addStatement("$T.update(connection, DELETE_REJECTS, batchId)", support.rawBatches())
        .build();
  }

  /** {@link #begin}, then the reject list and the counters {@code read} and {@code loaded}. */
  static CodeBlock prelude(SupportTypes support) {
    return CodeBlock.builder()
        .add(begin(support))
        .addStatement("$T rejects = new $T<>()", RecordType.listOf(support.reject()), java.util.ArrayList.class)
        .addStatement("long read = 0")
        .addStatement("long loaded = 0")
        .build();
  }

  /** Validating row {@code r} (number {@code read}): its violations become rejects and the loop continues. */
  static CodeBlock validate(SupportTypes support) {
    return CodeBlock.builder()
        .addStatement("read++")
        .addStatement("$T violations = r.violations()", RecordType.listOf(support.violation()))
        .beginControlFlow("if (!violations.isEmpty())")
        .beginControlFlow("for ($T v : violations)", support.violation())
        .addStatement("rejects.add(new $T(read, v.field(), v.rule(), v.value(), v.message()))", support.reject())
        .endControlFlow()
        .addStatement("continue")
        .endControlFlow()
        .build();
  }

  /** The value of a field of record {@code r} as the raw column takes it: enums as their value, decimals at the contract's scale. */
  static CodeBlock value(Field f) {
    String c = JavaNames.component(f);
    if (JavaTypes.isEnum(f)) {
      return CodeBlock.of("r.$L() == null ? null : r.$L().value()", c, c);
    }
    if (f.logicalType().base() == Base.DECIMAL) {
      return CodeBlock.of("r.$L() == null ? null : r.$L().setScale($L, $T.UNNECESSARY)", c, c, f.logicalType().scale(),
          java.math.RoundingMode.class);
    }
    return CodeBlock.of("r.$L()", c);
  }

  /** {@code load(batchId, rows)}: {@code body} runs in one transaction with {@code loadedAt} set. */
  static MethodSpec loadMethod(SupportTypes support, ClassName record, CodeBlock body) {
    return MethodSpec.methodBuilder("load").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Loads the records as batch {@code batchId}, replacing an earlier load of it.\n")
        .returns(support.loadResult())
        .addParameter(String.class, "batchId")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), record), "rows")
        .addException(SQLException.class)
        .addStatement("$T loadedAt = $T.now(clock)", LocalDateTime.class, LocalDateTime.class)
        .addCode("return $T.atomically(connection, () -> {\n", support.rawBatches())
        .addCode(CodeBlock.builder().indent().add(body).unindent().build())
        .addCode("});\n")
        .build();
  }

  static List<Field> jsonFields(RawTableSql t) {
    return t.contract.fields().stream().filter(f -> f.logicalType().base() == Base.JSON).toList();
  }
}
