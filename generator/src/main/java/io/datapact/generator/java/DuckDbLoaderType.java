package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.datapact.model.Field;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code <Record>DuckDbLoader}: records through DuckDB's appender, CSV and JSON Lines files
 * through DuckDB's readers ({@code DuckDbFiles}). The only class of a contract that names the
 * DuckDB driver.
 */
final class DuckDbLoaderType {
  private static final ClassName APPENDER = ClassName.get("org.duckdb", "DuckDBAppender");
  private static final ClassName CONNECTION = ClassName.get("org.duckdb", "DuckDBConnection");

  private final SupportTypes support;
  private final DuckDbFilesType files;

  DuckDbLoaderType(SupportTypes support, DuckDbFilesType files) {
    this.support = support;
    this.files = files;
  }

  TypeSpec build(ClassName name, ClassName record, RawTableSql t) {
    DuckDbFileSql sql = new DuckDbFileSql(t);
    TypeSpec.Builder type = LoaderParts.loaderClass(name, record, t,
        "on DuckDB: records through the appender, CSV, JSON Lines and Parquet files through DuckDB's readers");
    type.addField(LoaderParts.constant("SCHEMA", t.raw.schema()));
    type.addField(LoaderParts.constant("TABLE", t.raw.name()));
    List<Field> json = LoaderParts.jsonFields(t);
    if (!json.isEmpty()) {
      type.addField(LoaderParts.constant("JSON_REJECTS", jsonRejects(t, json)));
      type.addField(LoaderParts.constant("JSON_DELETE", "DELETE FROM " + t.rawTable() + " WHERE " + t.d.quote("_batch_id")
          + " = ? AND (" + json.stream().map(f -> invalidJson(t, f)).collect(Collectors.joining(" OR ")) + ")"));
    }
    CodeBlock.Builder target = CodeBlock.builder().add("new $T(", files.target());
    String line = "\"_line\"";
    List<Object> values = List.of(t.label(), t.createRejects(), t.deleteRaw(), t.deleteRejects(), t.rejectTable(),
        t.rejectColumns(), t.contract.fields().stream().map(Field::rawName).toList(), sql.csvReadTypes(), sql.required(),
        sql.castField(), sql.castValue(), sql.castMessage(),
        sql.typeRejects(DuckDbFileSql::csvAsText, DuckDbFileSql.LINE), sql.typesOk(DuckDbFileSql::csvAsText),
        sql.typedSelect(DuckDbFileSql::csvAsText, DuckDbFileSql.LINE),
        sql.jsonText(), sql.jsonKeys(), sql.typeRejects(DuckDbFileSql::jsonAsText, line),
        sql.typesOk(DuckDbFileSql::jsonAsText), sql.typedSelect(DuckDbFileSql::jsonAsText, line),
        sql.ruleRejects(), sql.ok(), sql.insertHead(), sql.strictSelect(DuckDbFileSql::csvAsText), sql.broken(),
        sql.numberRows(2), sql.typeRejects(f -> true, line), sql.typesOk(f -> true), sql.typedSelect(f -> true, line));
    for (int i = 0; i < values.size(); i++) {
      target.add(i == 0 ? "\n" : ",\n");
      if (values.get(i) instanceof List<?> list) {
        target.add("$T.of($L)", List.class, list.stream().map(v -> CodeBlock.of("$S", v).toString()).collect(Collectors.joining(", ")));
      } else {
        target.add("$S", values.get(i));
      }
    }
    type.addField(com.palantir.javapoet.FieldSpec.builder(files.target(), "FILES",
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(target.add(")").build()).build());
    type.addMethod(records(record, t, json));
    type.addMethod(file("loadCsv", "csv", "Loads a CSV file with a header line: columns by raw name, in any order."));
    type.addMethod(file("loadJsonLines", "jsonLines", "Loads a JSON Lines file: one object per line, keys by raw name."));
    type.addMethod(file("loadParquet", "parquet", "Loads a Parquet file: columns by raw name, in any order; the line of a row is its"
        + " number in the file, from 1."));
    return type.build();
  }

  private static String invalidJson(RawTableSql t, Field f) {
    String c = t.d.quote(f.rawName());
    return "(" + c + " IS NOT NULL AND NOT json_valid(CAST(" + c + " AS VARCHAR)))";
  }

  private static String jsonRejects(RawTableSql t, List<Field> json) {
    List<String> selects = new ArrayList<>();
    for (Field f : json) {
      String c = t.d.quote(f.rawName());
      selects.add("SELECT " + t.d.quote("_batch_id") + ", NULL, " + t.d.quote("_source_row") + ", " + t.d.literal(f.name())
          + ", 'type', " + (f.pii() != null ? "'***'" : "CAST(" + c + " AS VARCHAR)") + ", 'is not valid JSON', "
          + t.d.quote("_loaded_at") + " FROM " + t.rawTable() + " WHERE " + t.d.quote("_batch_id") + " = ? AND "
          + invalidJson(t, f));
    }
    return "INSERT INTO " + t.rejectTable() + " (" + t.rejectColumns() + ") " + String.join(" UNION ALL ", selects);
  }

  private MethodSpec records(ClassName record, RawTableSql t, List<Field> json) {
    CodeBlock.Builder row = CodeBlock.builder().addStatement("appender.beginRow()");
    for (Field f : t.contract.fields()) {
      row.addStatement("appender.append($L)", LoaderParts.value(f));
    }
    row.addStatement("appender.append(loadedAt)")
        .addStatement("appender.append(batchId)")
        .addStatement("appender.append((String) null)")
        .addStatement("appender.append(read)")
        .addStatement("appender.endRow()")
        .addStatement("loaded++");
    CodeBlock.Builder body = CodeBlock.builder()
        .add(LoaderParts.prelude(support))
        .beginControlFlow("try ($T appender = connection.unwrap($T.class).createAppender(SCHEMA, TABLE))", APPENDER, CONNECTION)
        .beginControlFlow("for ($T r : rows)", record)
        .add(LoaderParts.validate(support))
        .add(row.build())
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T.insertRejects(connection, INSERT_REJECT, batchId, null, loadedAt, rejects)", support.rawBatches());
    if (!json.isEmpty()) {
      String[] params = new String[json.size()];
      java.util.Arrays.fill(params, "batchId");
      body.add("// JSON text is checked by DuckDB's parser once the rows are in\n")
          .addStatement("$T.update(connection, JSON_REJECTS, $L)", support.rawBatches(), String.join(", ", params))
          .addStatement("loaded -= $T.update(connection, JSON_DELETE, batchId)", support.rawBatches());
    }
    body.addStatement("return new $T(batchId, read, loaded, read - loaded)", support.loadResult());
    return LoaderParts.loadMethod(support, record, body.build());
  }

  private MethodSpec file(String method, String via, String doc) {
    return MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc + "\n\n@param file the file; its name is stored as {@code _source_file}\n"
            + "@param batchId the batch, replacing an earlier load of it\n")
        .returns(support.loadResult())
        .addParameter(Path.class, "file").addParameter(String.class, "batchId")
        .addException(SQLException.class).addException(IOException.class)
        .addStatement("return $T.$L(connection, FILES, file, batchId, $T.now(clock))", files.name(), via, LocalDateTime.class)
        .build();
  }
}
