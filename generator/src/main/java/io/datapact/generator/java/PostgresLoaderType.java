package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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
    csv(type, t);
    return type.build();
  }

  private static com.palantir.javapoet.FieldSpec strings(String name, java.util.List<String> values) {
    return com.palantir.javapoet.FieldSpec.builder(ParameterizedTypeName.get(java.util.List.class, String.class), name,
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", java.util.List.class,
            values.stream().map(v -> CodeBlock.of("$S", v).toString()).collect(Collectors.joining(", ")))
        .build();
  }

  /** {@code loadCsv(file, batchId)}: the file through {@code COPY}, rejects and valid rows in SQL. */
  private void csv(TypeSpec.Builder type, RawTableSql t) {
    PgFileSql sql = new PgFileSql(t);
    ClassName rb = support.rawBatches();
    type.addField(strings("CSV_COLUMNS", sql.columns()))
        .addField(strings("CSV_QUOTED", sql.quoted()))
        .addField(strings("CSV_REQUIRED", sql.required()))
        .addField(LoaderParts.constant("CSV_SOURCE", sql.createSource()))
        .addField(LoaderParts.constant("CSV_CASTS", PgFileSql.CASTS_FUNCTION))
        .addField(LoaderParts.constant("CSV_TYPE_REJECTS", sql.typeRejects()))
        .addField(LoaderParts.constant("CSV_STAGE", sql.createStage()))
        .addField(LoaderParts.constant("CSV_RULE_REJECTS", sql.ruleRejects()))
        .addField(LoaderParts.constant("CSV_INSERT", sql.insertHead()))
        .addField(LoaderParts.constant("CSV_OK", sql.ok()))
        .addField(LoaderParts.constant("REJECT_INTO", "INSERT INTO " + t.rejectTable() + " (" + t.rejectColumns() + ") SELECT "));
    ClassName strings = ClassName.get(java.util.List.class);
    CodeBlock finishBody = CodeBlock.builder()
        .addStatement("String head = REJECT_INTO + batch + \", \" + source + \", line, field, rule, value, message, \" + at + \" FROM (\"")
        .beginControlFlow("if (!CSV_TYPE_REJECTS.isEmpty())")
        .addStatement("$T.execute(connection, head + CSV_TYPE_REJECTS + \") AS r ORDER BY line, field\")", rb)
        .endControlFlow()
        .addStatement("$T.execute(connection, CSV_STAGE)", rb)
        .addStatement("long loaded")
        .beginControlFlow("try ($T s = connection.createStatement())", java.sql.Statement.class)
        .addStatement("loaded = s.executeUpdate(CSV_INSERT + at + \", \" + batch + \", \" + source + \", \\\"_line\\\" FROM dp_stage WHERE \" + CSV_OK)")
        .endControlFlow()
        .beginControlFlow("if (!CSV_RULE_REJECTS.isEmpty())")
        .addStatement("$T.execute(connection, head + CSV_RULE_REJECTS + \") AS r ORDER BY line, field\")", rb)
        .endControlFlow()
        .addStatement("$T.execute(connection, \"DROP TABLE pg_temp.dp_stage\", \"DROP TABLE pg_temp.dp_src\")", rb)
        .addStatement("return new $T(batchId, read, loaded, read - loaded)", support.loadResult())
        .build();
    type.addMethod(MethodSpec.methodBuilder("finishFile").addModifiers(Modifier.PRIVATE)
        .addJavadoc("The end of a file load, once {@code dp_src} holds its rows as text: type and rule rejects, and\n"
            + "the insert of the valid rows.\n")
        .returns(support.loadResult())
        .addParameter(String.class, "batchId").addParameter(String.class, "at").addParameter(String.class, "batch")
        .addParameter(String.class, "source").addParameter(TypeName.LONG, "read")
        .addException(SQLException.class)
        .addCode(finishBody)
        .build());
    CodeBlock finish = CodeBlock.builder().addStatement("return finishFile(batchId, at, batch, source, read)").build();
    CodeBlock work = CodeBlock.builder()
        .add(LoaderParts.begin(support))
        .addStatement("$T.execute(connection, \"DROP TABLE IF EXISTS pg_temp.dp_src\", \"DROP TABLE IF EXISTS pg_temp.dp_stage\",\n"
            + "    CSV_SOURCE, CSV_CASTS)", rb)
        .addStatement("long read")
        .beginControlFlow("try ($T in = $T.newInputStream(file))", java.io.InputStream.class, java.nio.file.Files.class)
        .addStatement("read = connection.unwrap($T.class).getCopyAPI().copyIn(\"COPY pg_temp.dp_src (\" + String.join(\", \", columns)\n"
            + "    + \") FROM STDIN (FORMAT csv, HEADER true)\", in)", PG_CONNECTION)
        .nextControlFlow("catch ($T e)", SQLException.class)
        .addStatement("throw $T.csvFailure(file, e)", pgCopy.name())
        .endControlFlow()
        .add(finish)
        .build();
    type.addMethod(MethodSpec.methodBuilder("loadCsv").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Loads a CSV file with a header line through {@code COPY}: columns by raw name, in any order;\n"
            + "optional ones may be missing. Values are checked against the contract's types and rules in SQL; a\n"
            + "line {@code COPY} itself cannot read (broken quoting, a wrong column count, invalid UTF-8) fails\n"
            + "the whole load, naming the line, and nothing of the file is loaded.\n\n"
            + "@param file the file; its name is stored as {@code _source_file}\n"
            + "@param batchId the batch, replacing an earlier load of it\n")
        .returns(support.loadResult())
        .addParameter(java.nio.file.Path.class, "file").addParameter(String.class, "batchId")
        .addException(SQLException.class).addException(java.io.IOException.class)
        .addStatement("$T loadedAt = $T.now(clock)", LocalDateTime.class, LocalDateTime.class)
        .addStatement("$T<String> header = $T.header(file)", strings, pgCopy.name())
        .addStatement("$T<String> columns = new $T<>()", strings, java.util.ArrayList.class)
        .beginControlFlow("for (String column : header)")
        .addStatement("int i = CSV_COLUMNS.indexOf(column)")
        .beginControlFlow("if (i < 0)")
        .addStatement("throw new $T(file + \" line 1: column '\" + column + \"' is no raw column of \" + $S + \"; expected \"\n"
            + "    + String.join(\", \", CSV_COLUMNS))", java.sql.SQLDataException.class, t.label())
        .endControlFlow()
        .addStatement("columns.add(CSV_QUOTED.get(i))")
        .endControlFlow()
        .beginControlFlow("for (String column : CSV_REQUIRED)")
        .beginControlFlow("if (!header.contains(column))")
        .addStatement("throw new $T(file + \" line 1: required column '\" + column + \"' is missing\")", java.sql.SQLDataException.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("String at = \"CAST(\" + $T.literal(loadedAt.toString().replace('T', ' ')) + \" AS TIMESTAMP)\"", rb)
        .addStatement("String batch = $T.literal(batchId)", rb)
        .addStatement("String source = $T.literal(file.getFileName().toString())", rb)
        .addCode("return $T.atomically(connection, () -> {\n", rb)
        .addCode(CodeBlock.builder().indent().add(work).unindent().build())
        .addCode("});\n")
        .build());
    jsonLines(type, t, sql, finish);
  }

  /** {@code loadJsonLines(file, batchId)}: the lines through {@code COPY}, taken apart with PostgreSQL's JSON functions. */
  private void jsonLines(TypeSpec.Builder type, RawTableSql t, PgFileSql sql, CodeBlock finish) {
    ClassName rb = support.rawBatches();
    type.addField(LoaderParts.constant("JSONL_LINES", PgFileSql.JSON_LINES))
        .addField(LoaderParts.constant("JSONL_COPY", PgFileSql.JSON_COPY))
        .addField(LoaderParts.constant("JSONL_OBJECT", PgFileSql.JSON_OBJECT))
        .addField(LoaderParts.constant("JSONL_UNKNOWN", "\"_line\", k, 'unknown column', NULL, "
            + t.d.literal("is no raw column of " + t.label()) + ", "))
        .addField(LoaderParts.constant("JSONL_KEYS", sql.jsonKeys()))
        .addField(LoaderParts.constant("JSONL_SOURCE", sql.jsonSource()));
    CodeBlock work = CodeBlock.builder()
        .add(LoaderParts.begin(support))
        .addStatement("$T.execute(connection, \"DROP TABLE IF EXISTS pg_temp.dp_src\", \"DROP TABLE IF EXISTS pg_temp.dp_stage\",\n"
            + "    \"DROP TABLE IF EXISTS pg_temp.dp_lines\", \"DROP TABLE IF EXISTS pg_temp.dp_obj\", CSV_SOURCE, CSV_CASTS, JSONL_LINES)", rb)
        .beginControlFlow("try ($T in = $T.newInputStream(file))", java.io.InputStream.class, java.nio.file.Files.class)
        .addStatement("connection.unwrap($T.class).getCopyAPI().copyIn(JSONL_COPY, in)", PG_CONNECTION)
        .nextControlFlow("catch ($T e)", SQLException.class)
        .addStatement("throw $T.csvFailure(file, e)", pgCopy.name())
        .endControlFlow()
        .addStatement("long read")
        .beginControlFlow("try ($T s = connection.createStatement(); $T rs = s.executeQuery(\"SELECT count(*) FROM dp_lines WHERE line IS NOT NULL\"))",
            java.sql.Statement.class, java.sql.ResultSet.class)
        .addStatement("rs.next()")
        .addStatement("read = rs.getLong(1)")
        .endControlFlow()
        .addStatement("$T.execute(connection, REJECT_INTO + batch + \", \" + source + \", \\\"_line\\\", NULL, 'json', NULL, 'is not a JSON object', \" + at\n"
            + "    + \" FROM dp_lines WHERE line IS NOT NULL AND NOT (\" + JSONL_OBJECT + \") ORDER BY \\\"_line\\\"\",\n"
            + "\"CREATE TEMPORARY TABLE dp_obj AS SELECT \\\"_line\\\", CAST(line AS jsonb) AS j FROM dp_lines WHERE line IS NOT NULL AND \"\n"
            + "    + JSONL_OBJECT,\n"
            + "REJECT_INTO + batch + \", \" + source + \", \" + JSONL_UNKNOWN + at + \" FROM dp_obj, jsonb_object_keys(j) AS k\"\n"
            + "    + \" WHERE k NOT IN \" + JSONL_KEYS + \" ORDER BY \\\"_line\\\", k\",\n"
            + "JSONL_SOURCE, \"DROP TABLE pg_temp.dp_obj\", \"DROP TABLE pg_temp.dp_lines\")", rb)
        .add(finish)
        .build();
    type.addMethod(MethodSpec.methodBuilder("loadJsonLines").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Loads a JSON Lines file through {@code COPY}: one object per line, keys by raw name; blank lines\n"
            + "are skipped. A line that is no JSON object, or has a key that is no raw column, is rejected;\n"
            + "the values are checked against the contract's types and rules in SQL as for CSV files.\n\n"
            + "@param file the file; its name is stored as {@code _source_file}\n"
            + "@param batchId the batch, replacing an earlier load of it\n")
        .returns(support.loadResult())
        .addParameter(java.nio.file.Path.class, "file").addParameter(String.class, "batchId")
        .addException(SQLException.class).addException(java.io.IOException.class)
        .addStatement("$T loadedAt = $T.now(clock)", LocalDateTime.class, LocalDateTime.class)
        .addStatement("String at = \"CAST(\" + $T.literal(loadedAt.toString().replace('T', ' ')) + \" AS TIMESTAMP)\"", rb)
        .addStatement("String batch = $T.literal(batchId)", rb)
        .addStatement("String source = $T.literal(file.getFileName().toString())", rb)
        .addCode("return $T.atomically(connection, () -> {\n", rb)
        .addCode(CodeBlock.builder().indent().add(work).unindent().build())
        .addCode("});\n")
        .build());
  }
}
