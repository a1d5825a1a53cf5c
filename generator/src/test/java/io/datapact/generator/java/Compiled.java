package io.datapact.generator.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources compiled in-process with {@code -Xlint:all -Werror} against the test class path
 * (which has both JDBC drivers), and loaded.
 *
 * <pre>{@code
 * Compiled compiled = Compiled.of(sources, tempDir);
 * Class<?> claims = compiled.type("io.example.benefits.Claims");
 * }</pre>
 */
final class Compiled implements AutoCloseable {
  private final URLClassLoader loader;

  private Compiled(URLClassLoader loader) {
    this.loader = loader;
  }

  /** Writes the sources under {@code dir}/src, compiles them to {@code dir}/classes; fails the test on any diagnostic. */
  static Compiled of(Map<String, String> sources, Path dir) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(out, fm, diagnostics,
          List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
              "-classpath", System.getProperty("java.class.path")),
          null, fm.getJavaFileObjectsFromPaths(files)).call();
      assertThat(diagnostics.getDiagnostics()).as("javac diagnostics " + out).isEmpty();
      assertThat(ok).as("javac succeeded").isTrue();
    }
    return new Compiled(new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiled.class.getClassLoader()));
  }

  Class<?> type(String name) throws ClassNotFoundException {
    return loader.loadClass(name);
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
