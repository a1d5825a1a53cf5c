package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.datapact.generator.sql.Dialect;
import java.util.List;
import java.util.Map;

/**
 * Which loader each dialect gets: the registry of engine-specific loaders, held as data. A dialect
 * without one of its own gets only the JDBC loader every contract has.
 */
final class Loaders {
  /** ANSI SQL for the JDBC loader, which knows no engine. */
  static final Dialect ANSI = new Dialect() {
    @Override
    public String name() {
      return "jdbc";
    }
  };

  private final SupportTypes support;
  private final DuckDbFilesType duckDbFiles;
  private final PgCopyType pgCopy;
  private final Map<String, Kind> byDialect;

  /** An engine's loader writer and the support files it needs once. */
  private interface Kind {
    TypeSpec loader(ClassName name, ClassName record, RawTableSql t);

    List<JavaFile> support();

    String suffix();
  }

  Loaders(SupportTypes support, String basePackage) {
    this.support = support;
    this.duckDbFiles = new DuckDbFilesType(support, basePackage);
    this.pgCopy = new PgCopyType(basePackage);
    DuckDbLoaderType duckDb = new DuckDbLoaderType(support, duckDbFiles);
    PostgresLoaderType postgres = new PostgresLoaderType(support, pgCopy);
    this.byDialect = Map.of(
        "duckdb", kind("DuckDbLoader", duckDb::build, List.of(duckDbFiles.file())),
        "postgres", kind("PostgresLoader", postgres::build, List.of(pgCopy.file())));
  }

  @FunctionalInterface
  private interface Writer {
    TypeSpec build(ClassName name, ClassName record, RawTableSql t);
  }

  private static Kind kind(String suffix, Writer writer, List<JavaFile> files) {
    return new Kind() {
      @Override
      public TypeSpec loader(ClassName name, ClassName record, RawTableSql t) {
        return writer.build(name, record, t);
      }

      @Override
      public List<JavaFile> support() {
        return files;
      }

      @Override
      public String suffix() {
        return suffix;
      }
    };
  }

  /** The support files a dialect's loaders need. */
  List<JavaFile> supportFiles(Dialect d) {
    Kind kind = byDialect.get(d.name());
    return kind == null ? List.of() : kind.support();
  }

  /** Whether the dialect has a loader of its own. */
  boolean hasLoader(Dialect d) {
    return byDialect.containsKey(d.name());
  }

  /** The dialect's loader of a record. */
  TypeSpec loader(Dialect d, ClassName record, RawTableSql t) {
    Kind kind = byDialect.get(d.name());
    return kind.loader(record.peerClass(record.simpleName() + kind.suffix()), record, t);
  }

  /** The JDBC batch loader of a record. */
  TypeSpec jdbc(ClassName record, RawTableSql t) {
    return new JdbcLoaderType(support).build(record.peerClass(record.simpleName() + "JdbcLoader"), record, t);
  }
}
