package io.datapact.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.datapact.generator.sql.Dialect;
import io.datapact.generator.sql.ObjectNames;
import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * Generates, with JavaPoet, Java sources for producers: per contract a record in package
 * {@code <basePackage>.<domain>} and a loader per dialect ({@code ClaimsDuckDbLoader},
 * {@code ClaimsPostgresLoader}) plus {@code ClaimsJdbcLoader} for any other JDBC engine; shared
 * types go into {@code basePackage}.
 *
 * <pre>{@code
 * SortedMap<String, String> sources = new JavaGenerator(List.of(Dialects.byName("duckdb")), "com.example.contracts")
 *     .generate(contracts);   // "com/example/contracts/benefits/Claims.java" -> source text
 * }</pre>
 *
 * <p>A plain library like {@code Generator}: output depends only on the contracts, the dialects and
 * the package, has no timestamps, and needs nothing at run time but the JDBC driver a loader uses.
 */
public final class JavaGenerator {
  private final List<Dialect> dialects;
  private final String basePackage;

  /**
   * @throws IllegalArgumentException when {@code basePackage} is no Java package name
   */
  public JavaGenerator(List<Dialect> dialects, String basePackage) {
    if (!SourceVersion.isName(basePackage)) {
      throw new IllegalArgumentException("'" + basePackage + "' is no Java package name");
    }
    this.dialects = List.copyOf(dialects);
    this.basePackage = basePackage;
  }

  /** Source files by path under the source root, for contracts that passed validation. */
  public SortedMap<String, String> generate(List<Contract> contracts) {
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    SupportTypes support = new SupportTypes(basePackage);
    List<JavaFile> files = new ArrayList<>(support.files());
    Loaders loaders = new Loaders(support, basePackage);
    for (Dialect d : dialects) {
      files.addAll(loaders.supportFiles(d));
    }
    for (Contract c : catalog.contracts()) {
      ObjectNames names = catalog.names(c);
      String pkg = JavaNames.packageOf(basePackage, c);
      ClassName record = ClassName.get(pkg, JavaNames.recordName(names, c));
      files.add(JavaGeneration.file(pkg, new RecordType(c, record, names.raw(), support).build()));
      for (Dialect d : dialects) {
        if (loaders.hasLoader(d)) {
          files.add(JavaGeneration.file(pkg, loaders.loader(d, record, new RawTableSql(d, c, names.raw()))));
        }
      }
      files.add(JavaGeneration.file(pkg, loaders.jdbc(record, new RawTableSql(Loaders.ANSI, c, names.raw()))));
    }
    SortedMap<String, String> out = new TreeMap<>();
    for (JavaFile f : files) {
      String path = f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java";
      out.put(path, f.toString());
    }
    return out;
  }
}
