package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.datapact.generator.verify.RawLoader;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.model.LogicalType.Base;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code <Record>JdbcLoader}: records through JDBC batch inserts, for any engine with a JDBC 4.2 driver. */
final class JdbcLoaderType {
  private static final int BATCH = 1000;
  private final SupportTypes support;

  JdbcLoaderType(SupportTypes support) {
    this.support = support;
  }

  TypeSpec build(ClassName name, ClassName record, RawTableSql t) {
    TypeSpec.Builder type = LoaderParts.loaderClass(name, record, t, "through JDBC batch inserts");
    List<String> values = new ArrayList<>();
    for (Field f : t.contract.fields()) {
      values.add(f.logicalType().base() == Base.JSON ? "CAST(? AS JSON)" : "?");
    }
    values.addAll(Collections.nCopies(4, "?"));
    type.addField(LoaderParts.constant("INSERT", "INSERT INTO " + t.rawTable() + " ("
        + String.join(", ", t.rawColumns().stream().map(t.d::quote).toList()) + ") VALUES (" + String.join(", ", values) + ")"));
    CodeBlock.Builder row = CodeBlock.builder();
    int i = 1;
    for (Field f : t.contract.fields()) {
      LogicalType lt = f.logicalType();
      if (lt.base() == Base.LIST) {
        String c = JavaNames.component(f);
        row.addStatement("insert.setObject($L, r.$L() == null ? null : connection.createArrayOf($S, r.$L().toArray()))",
            i++, c, RawLoader.arrayElementType(lt.element()), c);
      } else {
        row.addStatement("insert.setObject($L, $L)", i++, LoaderParts.value(f));
      }
    }
    row.addStatement("insert.setObject($L, loadedAt)", i++)
        .addStatement("insert.setString($L, batchId)", i++)
        .addStatement("insert.setString($L, null)", i++)
        .addStatement("insert.setLong($L, read)", i)
        .addStatement("insert.addBatch()")
        .beginControlFlow("if (++loaded % $L == 0)", BATCH)
        .addStatement("insert.executeBatch()")
        .endControlFlow();
    CodeBlock body = CodeBlock.builder()
        .add(LoaderParts.prelude(support))
        .beginControlFlow("try ($T insert = connection.prepareStatement(INSERT))", PreparedStatement.class)
        .beginControlFlow("for ($T r : rows)", record)
        .add(LoaderParts.validate(support))
        .add(row.build())
        .endControlFlow()
        .addStatement("insert.executeBatch()")
        .endControlFlow()
        .addStatement("$T.insertRejects(connection, INSERT_REJECT, batchId, null, loadedAt, rejects)", support.rawBatches())
        .addStatement("return new $T(batchId, read, loaded, read - loaded)", support.loadResult())
        .build();
    type.addMethod(LoaderParts.loadMethod(support, record, body));
    return type.build();
  }
}
