package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Collection;
import javax.lang.model.element.Modifier;

/**
 * {@code PgCopy}, written into the base package when PostgreSQL is a dialect: values in the text
 * format of {@code COPY ... FROM STDIN}. Plain Java; the loaders hand the text to the driver.
 */
final class PgCopyType {
  private final ClassName name;

  PgCopyType(String pkg) {
    this.name = ClassName.get(pkg, "PgCopy");
  }

  ClassName name() {
    return name;
  }

  JavaFile file() {
    MethodSpec text = MethodSpec.methodBuilder("text").addModifiers(Modifier.STATIC)
        .addJavadoc("Appends text with COPY's escapes for backslash, tab, newline and carriage return.\n")
        .addParameter(StringBuilder.class, "out").addParameter(String.class, "text")
        .beginControlFlow("for (int i = 0; i < text.length(); i++)")
        .addStatement("char ch = text.charAt(i)")
        .beginControlFlow("switch (ch)")
        .addStatement("case '\\\\' -> out.append(\"\\\\\\\\\")")
        .addStatement("case '\\t' -> out.append(\"\\\\t\")")
        .addStatement("case '\\n' -> out.append(\"\\\\n\")")
        .addStatement("case '\\r' -> out.append(\"\\\\r\")")
        .addStatement("default -> out.append(ch)")
        .endControlFlow()
        .endControlFlow()
        .build();
    MethodSpec value = MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Appends a value: {@code \\N} for null, {@code t}/{@code f} for booleans, plain decimals,\n"
            + "arrays as {@code {\"a\",\"b\"}}, everything else as its {@code toString()}.\n")
        .addParameter(StringBuilder.class, "out").addParameter(Object.class, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("out.append(\"\\\\N\")")
        .nextControlFlow("else if (value instanceof Boolean b)")
        .addStatement("out.append(b ? 't' : 'f')")
        .nextControlFlow("else if (value instanceof $T d)", BigDecimal.class)
        .addStatement("out.append(d.toPlainString())")
        .nextControlFlow("else if (value instanceof $T<?> list)", Collection.class)
        .addStatement("text(out, array(list))")
        .nextControlFlow("else")
        .addStatement("text(out, value.toString())")
        .endControlFlow()
        .build();
    MethodSpec array = MethodSpec.methodBuilder("array").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(
            ClassName.get(Collection.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "list")
        .addStatement("StringBuilder b = new StringBuilder(\"{\")")
        .addStatement("boolean first = true")
        .beginControlFlow("for (Object element : list)")
        .beginControlFlow("if (!first)")
        .addStatement("b.append(',')")
        .endControlFlow()
        .addStatement("first = false")
        .beginControlFlow("if (element == null)")
        .addStatement("b.append(\"NULL\")")
        .nextControlFlow("else")
        .addStatement("String s = element instanceof $T d ? d.toPlainString() : element.toString()", BigDecimal.class)
        .addStatement("b.append('\"').append(s.replace(\"\\\\\", \"\\\\\\\\\").replace(\"\\\"\", \"\\\\\\\"\")).append('\"')")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return b.append('}').toString()")
        .build();
    MethodSpec failure = MethodSpec.methodBuilder("csvFailure").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The error of a CSV file {@code COPY} could not read: the file, the line PostgreSQL names in\n"
            + "the error's context, its message; nothing of the file is loaded.\n")
        .returns(SQLDataException.class)
        .addParameter(Path.class, "file").addParameter(SQLException.class, "e")
        .addStatement("String text = e.getMessage() == null ? \"\" : e.getMessage()")
        .addStatement("$T m = $T.compile(\"COPY [^\\n]*?, line (\\\\d+)\").matcher(text)", Matcher.class, Pattern.class)
        .addStatement("String line = m.find() ? \" line \" + m.group(1) : \"\"")
        .addStatement("int end = text.indexOf('\\n')")
        .addStatement("String first = (end < 0 ? text : text.substring(0, end)).strip()")
        .addStatement("return new $T(file + line + \": \" + (first.startsWith(\"ERROR: \") ? first.substring(7) : first)\n"
            + "    + \" (PostgreSQL's COPY stops at a line it cannot read: nothing of the file was loaded)\", e.getSQLState(), e)",
            SQLDataException.class)
        .build();
    TypeSpec type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Values in the text format of PostgreSQL's {@code COPY}.\n")
        .addAnnotation(JavaGeneration.generated())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(value).addMethod(text).addMethod(array)
        .addMethod(DuckDbFilesType.header(ParameterizedTypeName.get(List.class, String.class), Modifier.PUBLIC, Modifier.STATIC))
        .addMethod(failure)
        .build();
    return JavaGeneration.file(name.packageName(), type);
  }
}
