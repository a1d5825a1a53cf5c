package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.datapact.model.Field;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code <Record>PostgresLoader}: records through {@code COPY ... FROM STDIN} with the driver's copy
 * API, in chunks of text. The only class of a contract that names the PostgreSQL driver.
 */
final class PostgresLoaderType {
  private static final ClassName PG_CONNECTION = ClassName.get("org.postgresql", "PGConnection");
  private static final ClassName COPY_IN = ClassName.get("org.postgresql.copy", "CopyIn");
  /** Bytes of COPY text sent to the server at once. */
  private static final int CHUNK = 1 << 16;

  private final SupportTypes support;
  private final PgCopyType pgCopy;

  PostgresLoaderType(SupportTypes support, PgCopyType pgCopy) {
    this.support = support;
    this.pgCopy = pgCopy;
  }

  TypeSpec build(ClassName name, ClassName record, RawTableSql t) {
    TypeSpec.Builder type = LoaderParts.loaderClass(name, record, t, "on PostgreSQL through {@code COPY}");
    type.addField(LoaderParts.constant("COPY", "COPY " + t.rawTable() + " ("
        + t.rawColumns().stream().map(t.d::quote).collect(Collectors.joining(", ")) + ") FROM STDIN"));
    CodeBlock.Builder row = CodeBlock.builder();
    for (Field f : t.contract.fields()) {
      row.addStatement("$T.value(text, $L)", pgCopy.name(), LoaderParts.value(f));
      row.addStatement("text.append('\\t')");
    }
    row.addStatement("$T.value(text, loadedAt)", pgCopy.name())
        .addStatement("text.append('\\t')")
        .addStatement("$T.value(text, batchId)", pgCopy.name())
        .addStatement("text.append(\"\\t\\\\N\\t\").append(read).append('\\n')")
        .addStatement("loaded++")
        .beginControlFlow("if (text.length() >= $L)", CHUNK)
        .addStatement("send(copy, text)")
        .endControlFlow();
    CodeBlock body = CodeBlock.builder()
        .add(LoaderParts.prelude(support))
        .addStatement("$T copy = connection.unwrap($T.class).getCopyAPI().copyIn(COPY)", COPY_IN, PG_CONNECTION)
        .beginControlFlow("try")
        .addStatement("StringBuilder text = new StringBuilder($L)", CHUNK + 4096)
        .beginControlFlow("for ($T r : rows)", record)
        .add(LoaderParts.validate(support))
        .add(row.build())
        .endControlFlow()
        .addStatement("send(copy, text)")
        .addStatement("copy.endCopy()")
        .nextControlFlow("finally")
        .beginControlFlow("if (copy.isActive())")
        .addStatement("copy.cancelCopy()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T.insertRejects(connection, INSERT_REJECT, batchId, null, loadedAt, rejects)", support.rawBatches())
        .addStatement("return new $T(batchId, read, loaded, read - loaded)", support.loadResult())
        .build();
    type.addMethod(LoaderParts.loadMethod(support, record, body));
    type.addMethod(MethodSpec.methodBuilder("send").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(COPY_IN, "copy").addParameter(StringBuilder.class, "text")
        .addException(SQLException.class)
        .addStatement("byte[] bytes = text.toString().getBytes($T.UTF_8)", StandardCharsets.class)
        .addStatement("copy.writeToCopy(bytes, 0, bytes.length)")
        .addStatement("text.setLength(0)")
        .build());
    return type.build();
  }
}
