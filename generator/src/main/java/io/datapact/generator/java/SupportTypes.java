package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The types every generated loader shares, written once into the base package: {@code Violation}
 * (a rule a record breaks), {@code Reject} (a rejected row), {@code LoadResult} (the counts of a
 * load) and {@code RawBatches} (transactions and reject rows, plain JDBC).
 */
final class SupportTypes {
  private final String pkg;

  SupportTypes(String basePackage) {
    this.pkg = basePackage;
  }

  ClassName violation() {
    return ClassName.get(pkg, "Violation");
  }

  ClassName reject() {
    return ClassName.get(pkg, "Reject");
  }

  ClassName loadResult() {
    return ClassName.get(pkg, "LoadResult");
  }

  ClassName rawBatches() {
    return ClassName.get(pkg, "RawBatches");
  }

  ClassName work() {
    return rawBatches().nestedClass("Work");
  }

  List<JavaFile> files() {
    return List.of(violationFile(), rejectFile(), loadResultFile(), rawBatchesFile());
  }

  private JavaFile violationFile() {
    TypeSpec type = record(violation(), "A rule that one value of a record breaks.",
        param(String.class, "field", "the contract's field name"),
        param(String.class, "rule", "{@code required}, {@code enum}, {@code range}, {@code length}, {@code pattern},"
            + " {@code scale}, {@code precision} or {@code type}"),
        param(String.class, "value", "the offending value as text, {@code ***} for personal data, null when missing"),
        param(String.class, "message", "what is wrong, without the value"))
        .build();
    return JavaGeneration.file(pkg, type);
  }

  private JavaFile rejectFile() {
    TypeSpec type = record(reject(), "A rejected row as the reject table stores it.",
        param(TypeName.LONG, "line", "the record's number in the load (from 1), or the line of a file"),
        param(String.class, "field", "the contract's field name, null for a row-level problem"),
        param(String.class, "rule", "the rule broken, as in {@code Violation}, or a reader's error such as {@code too many columns}"),
        param(String.class, "value", "the offending value as text, {@code ***} for personal data"),
        param(String.class, "message", "what is wrong"))
        .build();
    return JavaGeneration.file(pkg, type);
  }

  private JavaFile loadResultFile() {
    TypeSpec type = record(loadResult(), "The counts of one load; {@code loaded + rejected == read} always.",
        param(String.class, "batchId", "the batch loaded"),
        param(TypeName.LONG, "read", "records or file rows read"),
        param(TypeName.LONG, "loaded", "rows written to the raw table"),
        param(TypeName.LONG, "rejected", "rows written to the reject table instead"))
        .addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
            .beginControlFlow("if (loaded < 0 || rejected < 0 || loaded + rejected != read)")
            .addStatement("throw new $T(\"loaded \" + loaded + \" + rejected \" + rejected + \" != read \" + read)",
                IllegalArgumentException.class)
            .endControlFlow()
            .build())
        .build();
    return JavaGeneration.file(pkg, type);
  }

  private JavaFile rawBatchesFile() {
    TypeVariableName e = TypeVariableName.get("E", Exception.class);
    TypeSpec work = TypeSpec.interfaceBuilder("Work").addModifiers(Modifier.PUBLIC)
        .addTypeVariable(e)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc("The body of a load; {@code E} is what else than SQL can fail, such as reading a file.\n\n"
            + "@param <E> the other exception the body throws\n")
        .addMethod(MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(loadResult()).addException(SQLException.class).addException(e).build())
        .build();
    MethodSpec atomically = MethodSpec.methodBuilder("atomically").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Runs {@code work} in one transaction: all of it or nothing. A transaction the caller\n"
            + "has open (auto-commit off) is joined, and committing it is left to the caller.\n\n"
            + "@param <E> the other exception the work throws\n")
        .addTypeVariable(e)
        .returns(loadResult())
        .addParameter(Connection.class, "connection")
        .addParameter(ParameterizedTypeName.get(work(), e), "work")
        .addException(SQLException.class).addException(e)
        .beginControlFlow("if (!connection.getAutoCommit())")
        .addStatement("return work.run()")
        .endControlFlow()
        .addStatement("connection.setAutoCommit(false)")
        .beginControlFlow("try")
        .addStatement("$T result = work.run()", loadResult())
        .addStatement("connection.commit()")
        .addStatement("return result")
        .nextControlFlow("catch ($T failure)", Exception.class)
        .addStatement("connection.rollback()")
        .addStatement("throw failure")
        .nextControlFlow("finally")
        .addStatement("connection.setAutoCommit(true)")
        .endControlFlow()
        .build();
    MethodSpec execute = MethodSpec.methodBuilder("execute").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Runs each statement.\n")
        .addParameter(Connection.class, "connection")
        .addParameter(ParameterSpec.builder(String[].class, "sql").build()).varargs()
        .addException(SQLException.class)
        .beginControlFlow("try ($T s = connection.createStatement())", Statement.class)
        .beginControlFlow("for (String statement : sql)")
        .addStatement("s.execute(statement)")
        .endControlFlow()
        .endControlFlow()
        .build();
    MethodSpec replace = MethodSpec.methodBuilder("update").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Runs a statement with text parameters; returns the rows it changed.\n")
        .returns(TypeName.LONG)
        .addParameter(Connection.class, "connection")
        .addParameter(String.class, "sql")
        .addParameter(String[].class, "values").varargs()
        .addException(SQLException.class)
        .beginControlFlow("try ($T s = connection.prepareStatement(sql))", PreparedStatement.class)
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("s.setString(i + 1, values[i])")
        .endControlFlow()
        .addStatement("return s.executeUpdate()")
        .endControlFlow()
        .build();
    MethodSpec rejects = MethodSpec.methodBuilder("insertRejects").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Inserts reject rows with {@code insert}, whose parameters are batch id, source file, line,\n"
            + "field, rule, value, message and load time.\n")
        .addParameter(Connection.class, "connection")
        .addParameter(String.class, "insert")
        .addParameter(String.class, "batchId")
        .addParameter(String.class, "sourceFile")
        .addParameter(LocalDateTime.class, "loadedAt")
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), reject()), "rejects")
        .addException(SQLException.class)
        .beginControlFlow("if (rejects.isEmpty())")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("try ($T s = connection.prepareStatement(insert))", PreparedStatement.class)
        .addStatement("int pending = 0")
        .beginControlFlow("for ($T r : rejects)", reject())
        .addStatement("s.setString(1, batchId)")
        .beginControlFlow("if (sourceFile == null)")
        .addStatement("s.setNull(2, $T.VARCHAR)", Types.class)
        .nextControlFlow("else")
        .addStatement("s.setString(2, sourceFile)")
        .endControlFlow()
        .addStatement("s.setLong(3, r.line())")
        .addStatement("s.setString(4, r.field())")
        .addStatement("s.setString(5, r.rule())")
        .addStatement("s.setString(6, r.value())")
        .addStatement("s.setString(7, r.message())")
        .addStatement("s.setTimestamp(8, $T.valueOf(loadedAt))", Timestamp.class)
        .addStatement("s.addBatch()")
        .beginControlFlow("if (++pending == 1000)")
        .addStatement("s.executeBatch()")
        .addStatement("pending = 0")
        .endControlFlow()
        .endControlFlow()
        .addStatement("s.executeBatch()")
        .endControlFlow()
        .build();
    MethodSpec literal = MethodSpec.methodBuilder("literal").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A SQL string literal: single quotes, inner quotes doubled; NUL is refused.\n")
        .returns(String.class)
        .addParameter(String.class, "text")
        .beginControlFlow("if (text.indexOf('\\0') >= 0)")
        .addStatement("throw new $T(\"text contains a NUL character\")", IllegalArgumentException.class)
        .endControlFlow()
        .addStatement("return \"'\" + text.replace(\"'\", \"''\") + \"'\"")
        .build();
    TypeSpec type = TypeSpec.classBuilder(rawBatches()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Transactions, batch replacement and reject rows for the generated loaders; plain JDBC.\n")
        .addAnnotation(JavaGeneration.generated())
        .addType(work)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(atomically).addMethod(execute).addMethod(replace).addMethod(rejects).addMethod(literal)
        .build();
    return JavaGeneration.file(pkg, type);
  }

  private record Param(TypeName type, String name, String doc) {}

  private static Param param(Class<?> type, String name, String doc) {
    return new Param(ClassName.get(type), name, doc);
  }

  private static Param param(TypeName type, String name, String doc) {
    return new Param(type, name, doc);
  }

  private static TypeSpec.Builder record(ClassName name, String doc, Param... params) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    CodeBlock.Builder javadoc = CodeBlock.builder().add(doc + "\n\n");
    for (Param p : params) {
      ctor.addParameter(p.type(), p.name());
      javadoc.add("@param $L $L\n", p.name(), p.doc());
    }
    return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC)
        .addJavadoc(javadoc.build())
        .addAnnotation(JavaGeneration.generated())
        .recordConstructor(ctor.build());
  }
}
