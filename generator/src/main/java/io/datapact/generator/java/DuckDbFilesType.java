package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code DuckDbFiles}, written into the base package when DuckDB is a dialect: loads CSV and JSON
 * Lines files through DuckDB's own readers, typed by the contract, with rejects. Plain JDBC; the
 * SQL comes from each contract's loader as a {@code DuckDbFiles.Target}.
 */
final class DuckDbFilesType {
  private final SupportTypes support;
  private final ClassName name;
  private final ClassName target;

  DuckDbFilesType(SupportTypes support, String pkg) {
    this.support = support;
    this.name = ClassName.get(pkg, "DuckDbFiles");
    this.target = name.nestedClass("Target");
  }

  ClassName name() {
    return name;
  }

  ClassName target() {
    return target;
  }

  /** The components of {@code Target}, in order; {@link DuckDbLoaderType} passes them. */
  static final List<String> TARGET = List.of("contract", "createRejects", "deleteRaw", "deleteRejects", "rejectTable",
      "rejectColumns", "columns", "readTypes", "required", "castField", "castValue", "castMessage",
      "csvTypeRejects", "csvTypesOk", "csvTypedSelect", "jsonText", "jsonKeys", "jsonTypeRejects", "jsonTypesOk",
      "jsonTypedSelect", "ruleRejects", "ok", "insertHead", "csvStrictSelect", "broken", "numberRows",
      "parquetTypeRejects", "parquetTypesOk", "parquetTypedSelect");

  private static final List<String> LISTS = List.of("columns", "readTypes", "required");

  JavaFile file() {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    for (String component : TARGET) {
      TypeName type = LISTS.contains(component) ? ParameterizedTypeName.get(List.class, String.class) : ClassName.get(String.class);
      ctor.addParameter(type, component);
    }
    TypeSpec targetType = TypeSpec.recordBuilder(target).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The SQL of one contract's file loads, computed by datapact when it generated the loader.\n")
        .recordConstructor(ctor.build()).build();
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeSpec type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Loads CSV, JSON Lines and Parquet files into a raw table through DuckDB's own readers, with the\n"
            + "contract's types; rows that do not read, do not cast or break a field rule go to the reject\n"
            + "table with their line. One transaction per file; the batch replaces an earlier one of that id.\n")
        .addAnnotation(JavaGeneration.generated())
        .addType(targetType)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(csv(strings))
        .addMethod(fast())
        .addMethod(parquet(strings))
        .addMethod(checkColumns(strings))
        .addMethod(select(strings))
        .addMethod(jsonLines())
        .addMethod(begin())
        .addMethod(readerRejects())
        .addMethod(lineOf())
        .addMethod(finish())
        .addMethod(at())
        .addMethod(count())
        .addMethod(value())
        .addMethod(header(strings))
        .addMethod(quote())
        .build();
    return JavaGeneration.file(name.packageName(), type);
  }

  /** A public static file load: {@code (connection, t, file, batchId, loadedAt)} returning the counts. */
  private MethodSpec.Builder fileLoad(String name, String javadoc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(javadoc)
        .returns(support.loadResult())
        .addParameter(Connection.class, "connection").addParameter(target, "t").addParameter(Path.class, "file")
        .addParameter(String.class, "batchId").addParameter(LocalDateTime.class, "loadedAt")
        .addException(SQLException.class).addException(IOException.class);
  }

  private MethodSpec csv(TypeName strings) {
    return fileLoad("csv", "Loads a CSV file with a header line; columns may come in any order, optional ones may be missing.\n")
        .addStatement("$T header = header(file)", strings)
        .addStatement("checkColumns(t, file + \" line 1\", header)")
        .addStatement("$T columns = new $T<>()", strings, ArrayList.class)
        .beginControlFlow("for (String column : header)")
        .addStatement("columns.add($T.literal(column) + \": \" + $T.literal(t.readTypes().get(t.columns().indexOf(column))))",
            support.rawBatches(), support.rawBatches())
        .endControlFlow()
        .addStatement("$T select = select(t, header)", strings)
        .addStatement("String csv = \"read_csv(\" + $T.literal(file.toAbsolutePath().toString())"
            + " + \", header = true, auto_detect = false, delim = ',', quote = '\\\"', escape = '\\\"',"
            + " allow_quoted_nulls = false, columns = {\" + String.join(\", \", columns) + \"}\"", support.rawBatches())
        .addStatement("String source = $T.literal(file.getFileName().toString())", support.rawBatches())
        .beginControlFlow("if (connection.getAutoCommit())")
        .beginControlFlow("try")
        .addStatement("return $T.atomically(connection, () -> fast(connection, t, batchId, source, loadedAt,\n"
            + "    \"SELECT \" + String.join(\", \", select) + \" FROM \" + csv + \")\"))", support.rawBatches())
        .nextControlFlow("catch ($T failed)", SQLException.class)
        .addComment("a line does not read, a value does not cast or a row breaks a rule: the careful load finds which")
        .endControlFlow()
        .endControlFlow()
        .addStatement("String reader = csv + \", store_rejects = true, rejects_table = 'dp_read_errors',"
            + " rejects_scan = 'dp_read_scans')\"")
        .addCode(CodeBlock.builder()
            .add("return $T.atomically(connection, () -> {\n", support.rawBatches()).indent()
            .addStatement("begin(connection, t, batchId)")
            .addStatement("boolean cast = !t.csvTypeRejects().isEmpty()")
            .addStatement("$T.execute(connection, \"DROP TABLE IF EXISTS dp_read_errors\", \"DROP TABLE IF EXISTS dp_read_scans\",\n"
                + "    \"CREATE OR REPLACE TEMPORARY TABLE \" + (cast ? \"dp_src\" : \"dp_stage\") + \" AS SELECT \" + String.join(\", \", select)\n"
                + "    + \" FROM \" + reader)", support.rawBatches())
            .addStatement("long gone = readerRejects(connection, t, t.castField(), batchId, source, loadedAt)")
            .addStatement("long read = count(connection, cast ? \"dp_src\" : \"dp_stage\") + gone")
            .beginControlFlow("if (!cast)")
            .addStatement("return finish(connection, t, batchId, source, loadedAt, lineOf(connection, gone, \"dp_stage.rowid\", 2), read)")
            .endControlFlow()
            .add("// zoned timestamps are read as text: the reader would turn one it cannot parse into NULL\n")
            .addStatement("String line = lineOf(connection, gone, \"dp_src.rowid\", 2)")
            .addStatement("$T.execute(connection, \"INSERT INTO \" + t.rejectTable() + \" (\" + t.rejectColumns() + \") SELECT \"\n"
                + "    + $T.literal(batchId) + \", \" + source + \", line, field, rule, value, message, \" + at(loadedAt)\n"
                + "    + \" FROM (\" + t.csvTypeRejects().replace(\"{line}\", line) + \")\",\n"
                + "\"CREATE OR REPLACE TEMPORARY TABLE dp_stage AS SELECT \" + t.csvTypedSelect().replace(\"{line}\", line)\n"
                + "    + \" FROM dp_src WHERE \" + t.csvTypesOk() + \" ORDER BY dp_src.rowid\")",
                support.rawBatches(), support.rawBatches())
            .addStatement("return finish(connection, t, batchId, source, loadedAt, \"\\\"_line\\\"\", read)")
            .unindent().add("});\n").build())
        .build();
  }

  private MethodSpec checkColumns(TypeName strings) {
    return MethodSpec.methodBuilder("checkColumns").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Refuses a file with a column that is no raw column, or without a required one.\n")
        .addParameter(target, "t").addParameter(String.class, "where").addParameter(strings, "names")
        .addException(SQLDataException.class)
        .beginControlFlow("for (String column : names)")
        .beginControlFlow("if (!t.columns().contains(column))")
        .addStatement("throw new $T(where + \": column '\" + column + \"' is no raw column of \" + t.contract()"
            + " + \"; expected \" + String.join(\", \", t.columns()))", SQLDataException.class)
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (String column : t.required())")
        .beginControlFlow("if (!names.contains(column))")
        .addStatement("throw new $T(where + \": required column '\" + column + \"' is missing\")", SQLDataException.class)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec select(TypeName strings) {
    return MethodSpec.methodBuilder("select").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Every raw column of the file by name, in the raw table's order; a typed NULL for one it lacks.\n")
        .returns(strings)
        .addParameter(target, "t").addParameter(strings, "names")
        .addStatement("$T select = new $T<>()", strings, ArrayList.class)
        .beginControlFlow("for (int i = 0; i < t.columns().size(); i++)")
        .addStatement("String column = quote(t.columns().get(i))")
        .addStatement("select.add(names.contains(t.columns().get(i)) ? column : \"CAST(NULL AS \" + t.readTypes().get(i) + \") AS \" + column)")
        .endControlFlow()
        .addStatement("return select")
        .build();
  }

  private MethodSpec parquet(TypeName strings) {
    ClassName rb = support.rawBatches();
    return fileLoad("parquet", "Loads a Parquet file: columns by raw name, in any order, optional ones may be missing.\n"
            + "Each value is tried against the contract's type with {@code TRY_CAST}, whatever type the file\n"
            + "stores it in; one that does not cast is rejected. The line of a row is its number in the file, from 1.\n")
        .beginControlFlow("if (!$T.isRegularFile(file))", Files.class)
        .addStatement("throw new $T(file.toString())", NoSuchFileException.class)
        .endControlFlow()
        .addStatement("String reader = \"read_parquet(\" + $T.literal(file.toAbsolutePath().toString()) + \", file_row_number = true)\"", rb)
        .addStatement("$T names = new $T<>()", strings, ArrayList.class)
        .beginControlFlow("try ($T s = connection.createStatement(); $T rs = s.executeQuery(\"DESCRIBE SELECT * FROM \" + reader))",
            Statement.class, ResultSet.class)
        .beginControlFlow("while (rs.next())")
        .beginControlFlow("if (!rs.getString(1).equals(\"file_row_number\"))")
        .addStatement("names.add(rs.getString(1))")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("checkColumns(t, file.toString(), names)")
        .addStatement("String source = $T.literal(file.getFileName().toString())", rb)
        .addCode(CodeBlock.builder()
            .add("return $T.atomically(connection, () -> {\n", rb).indent()
            .addStatement("begin(connection, t, batchId)")
            .addStatement("$T.execute(connection, \"CREATE OR REPLACE TEMPORARY TABLE dp_src AS SELECT \" + String.join(\", \", select(t, names))\n"
                + "    + \", file_row_number + 1 AS \\\"_line\\\" FROM \" + reader)", rb)
            .beginControlFlow("if (!t.parquetTypeRejects().isEmpty())")
            .addStatement("$T.execute(connection, \"INSERT INTO \" + t.rejectTable() + \" (\" + t.rejectColumns() + \") SELECT \"\n"
                + "    + $T.literal(batchId) + \", \" + source + \", line, field, rule, value, message, \" + at(loadedAt)\n"
                + "    + \" FROM (\" + t.parquetTypeRejects() + \")\")", rb, rb)
            .endControlFlow()
            .addStatement("$T.execute(connection, \"CREATE OR REPLACE TEMPORARY TABLE dp_stage AS SELECT \" + t.parquetTypedSelect()\n"
                + "    + \" FROM dp_src WHERE \" + t.parquetTypesOk() + \" ORDER BY \\\"_line\\\"\")", rb)
            .addStatement("return finish(connection, t, batchId, source, loadedAt, \"\\\"_line\\\"\", count(connection, \"dp_src\"))")
            .unindent().add("});\n").build())
        .build();
  }

  private MethodSpec fast() {
    ClassName rb = support.rawBatches();
    return MethodSpec.methodBuilder("fast").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The fast path of a CSV load: one pass from the reader into the raw table, with every value cast\n"
            + "and every rule checked in the same statement, which fails at the first line that does not read,\n"
            + "a value that does not cast or a row that breaks a rule; then the rows are numbered by their line.\n")
        .returns(support.loadResult())
        .addParameter(Connection.class, "connection").addParameter(target, "t").addParameter(String.class, "batchId")
        .addParameter(String.class, "source").addParameter(LocalDateTime.class, "loadedAt")
        .addParameter(String.class, "rows")
        .addException(SQLException.class)
        .addStatement("begin(connection, t, batchId)")
        .addStatement("long loaded")
        .beginControlFlow("try ($T s = connection.createStatement())", Statement.class)
        .addStatement("loaded = s.executeUpdate(t.insertHead() + at(loadedAt) + \", \" + $T.literal(batchId) + \", \" + source\n"
            + "    + \", NULL FROM (SELECT \" + t.csvStrictSelect() + \" FROM (\" + rows + \") AS dp_src) AS dp_stage\"\n"
            + "    + \" WHERE CASE WHEN \" + t.broken() + \" THEN error(\" + $T.literal(\"a row breaks a rule of \" + t.contract())\n"
            + "    + \") ELSE true END\")", rb, rb)
        .endControlFlow()
        .addStatement("$T.update(connection, t.numberRows(), batchId, batchId)", rb)
        .addStatement("return new $T(batchId, loaded, loaded, 0)", support.loadResult())
        .build();
  }

  private MethodSpec at() {
    return MethodSpec.methodBuilder("at").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The load time as a SQL timestamp.\n")
        .returns(String.class).addParameter(LocalDateTime.class, "loadedAt")
        .addStatement("return \"CAST(\" + $T.literal(loadedAt.toString().replace('T', ' ')) + \" AS TIMESTAMP)\"", support.rawBatches())
        .build();
  }

  private MethodSpec jsonLines() {
    ClassName rb = support.rawBatches();
    return fileLoad("jsonLines", "Loads a JSON Lines file: one object per line, keys named as the raw columns; blank lines are skipped.\n")
        .addStatement("String read = \"read_csv(\" + $T.literal(file.toAbsolutePath().toString())"
            + " + \", header = false, auto_detect = false, delim = chr(31), quote = '', escape = '',"
            + " store_rejects = true, rejects_table = 'dp_read_errors', rejects_scan = 'dp_read_scans',"
            + " columns = {'line': 'VARCHAR'})\"", rb)
        .addStatement("String source = $T.literal(file.getFileName().toString())", rb)
        .addStatement("String unknown = \"list_filter(json_keys(line), k -> NOT list_contains(\" + t.jsonKeys() + \", k))\"")
        .addStatement("String object = \"CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' ELSE false END\"")
        .addStatement("String reject = \"INSERT INTO \" + t.rejectTable() + \" (\" + t.rejectColumns() + \") SELECT \""
            + " + $T.literal(batchId) + \", \" + source + \", \"", rb)
        .addStatement("String at = \", \" + at(loadedAt)")
        .addCode(CodeBlock.builder()
            .add("return $T.atomically(connection, () -> {\n", rb).indent()
            .addStatement("begin(connection, t, batchId)")
            .addStatement("$T.execute(connection, \"DROP TABLE IF EXISTS dp_read_errors\", \"DROP TABLE IF EXISTS dp_read_scans\",\n"
                + "    \"CREATE OR REPLACE TEMPORARY TABLE dp_lines AS SELECT line FROM \" + read)", rb)
            .addStatement("long gone = readerRejects(connection, t, \"NULL\", batchId, source, loadedAt)")
            .addStatement("String line = lineOf(connection, gone, \"dp_lines.rowid\", 1)")
            .addStatement("$T.execute(connection,\n"
                + "\"CREATE OR REPLACE TEMPORARY TABLE dp_json AS SELECT \" + line + \" AS \\\"_line\\\", line FROM dp_lines\"\n"
                + "    + \" WHERE line IS NOT NULL\",\n"
                + "reject + \"\\\"_line\\\", NULL, 'json', NULL, 'is not a JSON object'\" + at + \" FROM dp_json WHERE NOT (\" + object + \")\",\n"
                + "\"CREATE OR REPLACE TEMPORARY TABLE dp_obj AS SELECT \\\"_line\\\", line FROM dp_json WHERE \" + object,\n"
                + "reject + \"\\\"_line\\\", k, 'unknown column', NULL, 'is no raw column of \" + t.contract() + \"'\" + at\n"
                + "    + \" FROM (SELECT \\\"_line\\\", unnest(\" + unknown + \") AS k FROM dp_obj)\",\n"
                + "\"CREATE OR REPLACE TEMPORARY TABLE dp_src AS SELECT \\\"_line\\\", \" + t.jsonText() + \" FROM dp_obj\"\n"
                + "    + \" WHERE len(\" + unknown + \") = 0\")", rb)
            .beginControlFlow("if (!t.jsonTypeRejects().isEmpty())")
            .addStatement("$T.execute(connection, reject + \"line, field, rule, value, message\" + at + \" FROM (\" + t.jsonTypeRejects() + \")\")", rb)
            .endControlFlow()
            .addStatement("$T.execute(connection, \"CREATE OR REPLACE TEMPORARY TABLE dp_stage AS SELECT \" + t.jsonTypedSelect()\n"
                + "    + \" FROM dp_src WHERE \" + t.jsonTypesOk() + \" ORDER BY \\\"_line\\\"\")", rb)
            .addStatement("return finish(connection, t, batchId, source, loadedAt, \"\\\"_line\\\"\", count(connection, \"dp_json\") + gone)")
            .unindent().add("});\n").build())
        .build();
  }

  private MethodSpec begin() {
    ClassName rb = support.rawBatches();
    return MethodSpec.methodBuilder("begin").addModifiers(Modifier.STATIC)
        .addJavadoc("Creates the reject table if needed and removes an earlier load of the batch.\n")
        .addParameter(Connection.class, "connection").addParameter(target, "t").addParameter(String.class, "batchId")
        .addException(SQLException.class)
        .addStatement("$T.execute(connection, t.createRejects())", rb)
        .addStatement("$T.update(connection, t.deleteRaw(), batchId)", rb)
        .addStatement("$T.update(connection, t.deleteRejects(), batchId)", rb)
        .build();
  }

  private MethodSpec readerRejects() {
    ClassName rb = support.rawBatches();
    return MethodSpec.methodBuilder("readerRejects").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Copies the reader's errors (broken quoting, column counts, encoding, casts) to the reject\n"
            + "table; returns the number of lines they make up.\n")
        .returns(TypeName.LONG)
        .addParameter(Connection.class, "connection").addParameter(target, "t").addParameter(String.class, "field")
        .addParameter(String.class, "batchId").addParameter(String.class, "source")
        .addParameter(LocalDateTime.class, "loadedAt")
        .addException(SQLException.class)
        .addStatement("$T.execute(connection, \"INSERT INTO \" + t.rejectTable() + \" (\" + t.rejectColumns() + \") SELECT \"\n"
            + "    + $T.literal(batchId) + \", \" + source + \", line, \" + field + \", CASE WHEN error_type = 'CAST' THEN 'type'\"\n"
            + "    + \" ELSE lower(error_type) END, \" + t.castValue() + \", \" + t.castMessage() + \", \" + at(loadedAt)\n"
            + "    + \" FROM dp_read_errors ORDER BY line, column_idx\")", rb, rb)
        .addStatement("return count(connection, \"(SELECT DISTINCT line FROM dp_read_errors)\")")
        .build();
  }

  private MethodSpec lineOf() {
    return MethodSpec.methodBuilder("lineOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The line in the file of a row of the table read, whose {@code rowid}s count its rows from\n"
            + "their least: rows start at line {@code first}, and the lines the reader rejected are skipped.\n")
        .returns(String.class)
        .addParameter(Connection.class, "connection").addParameter(TypeName.LONG, "gone")
        .addParameter(String.class, "rowid").addParameter(TypeName.INT, "first")
        .addException(SQLException.class)
        .addStatement("String table = rowid.substring(0, rowid.indexOf('.'))")
        .addStatement("long min = value(connection, \"SELECT coalesce(min(rowid), 0) FROM \" + table)")
        .addStatement("String row = \"(\" + rowid + \" - \" + min + \")\"")
        .beginControlFlow("if (gone == 0)")
        .addStatement("return row + \" + \" + first")
        .endControlFlow()
        .addStatement("$T.execute(connection, \"CREATE OR REPLACE TEMPORARY TABLE dp_gone AS SELECT line - \" + first\n"
            + "    + \" - (row_number() OVER (ORDER BY line) - 1) AS p FROM (SELECT DISTINCT line FROM dp_read_errors)\")",
            support.rawBatches())
        .addStatement("return row + \" + \" + first + \" + (SELECT count(*) FROM dp_gone WHERE dp_gone.p <= \" + row + \")\"")
        .build();
  }

  private MethodSpec finish() {
    ClassName rb = support.rawBatches();
    return MethodSpec.methodBuilder("finish").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Rejects the rows of {@code dp_stage} that break a field rule and inserts the others.\n")
        .returns(support.loadResult())
        .addParameter(Connection.class, "connection").addParameter(target, "t").addParameter(String.class, "batchId")
        .addParameter(String.class, "source").addParameter(LocalDateTime.class, "loadedAt")
        .addParameter(String.class, "line").addParameter(TypeName.LONG, "read")
        .addException(SQLException.class)
        .addStatement("String at = at(loadedAt)")
        .addStatement("String batch = $T.literal(batchId)", rb)
        .addStatement("long loaded")
        .beginControlFlow("try ($T s = connection.createStatement())", Statement.class)
        .addStatement("loaded = s.executeUpdate(t.insertHead() + at + \", \" + batch + \", \" + source + \", \" + line\n"
            + "    + \" FROM dp_stage WHERE \" + t.ok())")
        .endControlFlow()
        .addComment("rows that break a rule are looked for only when some did not go in")
        .beginControlFlow("if (!t.ruleRejects().isEmpty() && loaded < count(connection, \"dp_stage\"))")
        .addStatement("$T.execute(connection, \"INSERT INTO \" + t.rejectTable() + \" (\" + t.rejectColumns() + \") SELECT \" + batch\n"
            + "    + \", \" + source + \", line, field, rule, value, message, \" + at + \" FROM (\"\n"
            + "    + t.ruleRejects().replace(\"{line}\", line) + \") ORDER BY line, field\")", rb)
        .endControlFlow()
        .addStatement("$T.execute(connection, \"DROP TABLE IF EXISTS dp_stage\", \"DROP TABLE IF EXISTS dp_src\", \"DROP TABLE IF EXISTS dp_obj\",\n"
            + "    \"DROP TABLE IF EXISTS dp_json\", \"DROP TABLE IF EXISTS dp_lines\", \"DROP TABLE IF EXISTS dp_gone\")", rb)
        .addStatement("return new $T(batchId, read, loaded, read - loaded)", support.loadResult())
        .build();
  }

  private MethodSpec count() {
    return MethodSpec.methodBuilder("count").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.LONG)
        .addParameter(Connection.class, "connection").addParameter(String.class, "relation")
        .addException(SQLException.class)
        .addStatement("return value(connection, \"SELECT count(*) FROM \" + relation)")
        .build();
  }

  private MethodSpec value() {
    return MethodSpec.methodBuilder("value").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.LONG)
        .addParameter(Connection.class, "connection").addParameter(String.class, "query")
        .addException(SQLException.class)
        .beginControlFlow("try ($T s = connection.createStatement(); $T rs = s.executeQuery(query))",
            Statement.class, ResultSet.class)
        .addStatement("rs.next()")
        .addStatement("return rs.getLong(1)")
        .endControlFlow()
        .build();
  }

  private MethodSpec header(TypeName strings) {
    return header(strings, Modifier.STATIC);
  }

  /** {@code header(Path)}: the column names of a CSV file's first line; {@link PgCopyType} writes it too. */
  static MethodSpec header(TypeName strings, Modifier... modifiers) {
    return MethodSpec.methodBuilder("header").addModifiers(modifiers)
        .addJavadoc("The column names of a CSV file's first line; quotes around a name are removed.\n")
        .returns(strings)
        .addParameter(Path.class, "file")
        .addException(IOException.class)
        .addStatement("$T bytes = new $T()", ByteArrayOutputStream.class, ByteArrayOutputStream.class)
        .beginControlFlow("try ($T in = $T.newInputStream(file))", InputStream.class, Files.class)
        .addStatement("int b")
        .beginControlFlow("while ((b = in.read()) >= 0 && b != '\\n')")
        .addStatement("bytes.write(b)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("String line = bytes.toString($T.UTF_8)", StandardCharsets.class)
        .beginControlFlow("if (line.startsWith(\"\\uFEFF\"))")
        .addStatement("line = line.substring(1)")
        .endControlFlow()
        .beginControlFlow("if (line.endsWith(\"\\r\"))")
        .addStatement("line = line.substring(0, line.length() - 1)")
        .endControlFlow()
        .addStatement("$T names = new $T<>()", strings, ArrayList.class)
        .beginControlFlow("for (String name : line.split(\",\", -1))")
        .addStatement("String n = name.strip()")
        .beginControlFlow("if (n.length() >= 2 && n.startsWith(\"\\\"\") && n.endsWith(\"\\\"\"))")
        .addStatement("n = n.substring(1, n.length() - 1).replace(\"\\\"\\\"\", \"\\\"\")")
        .endControlFlow()
        .addStatement("names.add(n)")
        .endControlFlow()
        .addStatement("return names")
        .build();
  }

  private MethodSpec quote() {
    return MethodSpec.methodBuilder("quote").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class).addParameter(String.class, "name")
        .addStatement("return '\"' + name.replace(\"\\\"\", \"\\\"\\\"\") + '\"'")
        .build();
  }
}
