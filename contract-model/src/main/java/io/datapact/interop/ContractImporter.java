package io.datapact.interop;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.LogicalType;
import io.datapact.problem.Problem;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports contracts written in other formats: the Open Data Contract Standard v3 and the Data
 * Contract Specification 1.x.
 *
 * <pre>{@code
 * ImportResult result = new ContractImporter().importFiles(dir, files, null, List.of());
 * result.problems().forEach(System.out::println);      // what was not imported, per element
 * for (ImportResult.Imported i : result.contracts()) {
 *   Files.writeString(contractsDir.resolve(i.path()), ContractWriter.write(i.contract()));
 * }
 * }</pre>
 *
 * <p>Files of one import are read together, so relationships between them resolve. Each schema
 * object (ODCS) or model (DCS) becomes one contract; everything a native contract cannot state
 * is reported as a warning naming file, line, column and element. Never throws for bad input.
 * Plain library; thread-safe.
 */
public final class ContractImporter {
  private final YamlReader reader;

  public ContractImporter() {
    this(new YamlReader());
  }

  public ContractImporter(YamlReader reader) {
    this.reader = reader;
  }

  /**
   * Imports files; messages name them relative to {@code baseDir}.
   *
   * @param format the format of every file, or null to detect it per file
   * @param known contracts that exist already: references to them resolve (an imported contract
   *     with the id of a known one is meant to replace it; {@link #validate} finds real clashes)
   */
  public ImportResult importFiles(Path baseDir, List<Path> files, ImportFormat format, List<Contract> known) {
    Problems problems = new Problems();
    List<SourceDocument> docs = new ArrayList<>();
    for (Path file : files) {
      reader.read(file, display(baseDir, file), problems).ifPresent(docs::add);
    }
    return importDocuments(docs, format, known, problems);
  }

  /** Imports YAML text as if read from {@code display}. */
  public ImportResult importText(String text, String display, ImportFormat format, List<Contract> known) {
    Problems problems = new Problems();
    List<SourceDocument> docs = new ArrayList<>();
    reader.parse(text, display, problems).ifPresent(docs::add);
    return importDocuments(docs, format, known, problems);
  }

  private ImportResult importDocuments(List<SourceDocument> docs, ImportFormat forced, List<Contract> known,
      Problems problems) {
    List<Draft> drafts = new ArrayList<>();
    for (SourceDocument doc : docs) {
      ImportContext context = new ImportContext(doc, problems);
      if (!doc.root().isObject()) {
        context.error("import-format-unknown", "", "not a mapping", "import ODCS v3 or Data Contract Specification files");
        continue;
      }
      Optional<ImportFormat> format = forced != null ? Optional.of(forced) : ImportFormat.detect(doc.root());
      if (format.isEmpty()) {
        context.error("import-format-unknown", "", "neither an ODCS v3 file (apiVersion v3.x, kind DataContract) nor a "
            + "Data Contract Specification file (dataContractSpecification)", "name the format with datapact.importFormat");
        continue;
      }
      drafts.addAll(format.get() == ImportFormat.ODCS ? new OdcsImporter(context).read() : new DcsImporter(context).read());
    }
    Session session = new Session(drafts, known);
    session.distinctIds();
    session.distinctTables();
    drafts.forEach(session::keys);
    drafts.forEach(session::references);
    List<ImportResult.Imported> contracts = drafts.stream()
        .map(d -> new ImportResult.Imported(d.build(), d.context.file())).toList();
    return new ImportResult(contracts, problems.sorted());
  }

  /**
   * Validates imported contracts as the files {@link ContractWriter} writes for them, together
   * with {@code known} contracts already in the repository (given as their files).
   */
  public static ValidationReport validate(ImportResult result) {
    return validate(result, Map.of(), List.of());
  }

  /**
   * Validates imported contracts together with the repository's existing contract documents (so
   * that references between them resolve); {@code paths} names each imported contract's file as
   * it will be written (by default {@link ImportResult.Imported#path()}).
   */
  public static ValidationReport validate(ImportResult result, Map<ImportResult.Imported, String> paths,
      List<SourceDocument> existing) {
    Problems problems = new Problems();
    YamlReader reader = new YamlReader();
    List<SourceDocument> docs = new ArrayList<>(existing);
    for (ImportResult.Imported i : result.contracts()) {
      reader.parse(ContractWriter.write(i.contract()), paths.getOrDefault(i, i.path()), problems).ifPresent(docs::add);
    }
    ValidationReport report = ContractValidator.standard().validateDocuments(docs);
    if (problems.size() == 0) {
      return report;
    }
    List<Problem> all = new ArrayList<>(report.problems());
    all.addAll(problems.sorted());
    return new ValidationReport(report.files(), report.contracts(), all);
  }

  private static String display(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /** Everything that needs all files of an import: distinct ids and landing tables, keys, references. */
  private static final class Session {
    private final List<Draft> drafts;
    private final List<Contract> known;

    Session(List<Draft> drafts, List<Contract> known) {
      this.drafts = drafts;
      this.known = known == null ? List.of() : known;
    }

    /** Two contracts may share an id only with different major versions. */
    void distinctIds() {
      Set<String> taken = new HashSet<>();
      for (Draft d : drafts) {
        String major = "@" + io.datapact.model.SemVer.parse(d.version).map(v -> v.major()).orElse(-1);
        if (taken.contains(d.id() + major)) {
          String before = d.id();
          Set<String> ids = new HashSet<>();
          taken.forEach(t -> ids.add(t.substring(0, t.indexOf('@'))));
          d.name = Names.unique(d.name, names(ids, d.domain), Names.MAX_ID - 1 - d.domain.length());
          d.context.adjusted(d.pointer, "id " + before + " version " + d.version + " is taken; imported as " + d.id());
        }
        taken.add(d.id() + major);
      }
    }

    private static Set<String> names(Set<String> ids, String domain) {
      Set<String> names = new HashSet<>();
      ids.stream().filter(i -> i.startsWith(domain + ".")).forEach(i -> names.add(i.substring(domain.length() + 1)));
      return names;
    }

    void distinctTables() {
      Set<String> taken = new HashSet<>();
      for (Draft d : drafts) {
        if (d.sourceTable == null) {
          continue;
        }
        if (!taken.add(d.sourceTable)) {
          d.context.adjusted(d.pointer, "landing table " + d.sourceTable + " belongs to another contract; "
              + d.id() + " lands in its default table");
          d.sourceTable = null;
        }
      }
    }

    /** Keys must be of a type that can be a key; a field that cannot is no key. */
    void keys(Draft d) {
      for (DraftField f : d.fields) {
        boolean keyable = !unkeyable(f.type);
        if (!keyable && (f.unique || f.primaryKey || d.grain.contains(f.name))) {
          d.context.adjusted(f.pointer, "a " + f.type + " field cannot be a key in datapact: "
              + f.name + " imported without unique, primary key and grain");
          f.unique = false;
          f.primaryKey = false;
          d.grain.remove(f.name);
        }
      }
    }

    private static boolean unkeyable(String type) {
      LogicalType.Base base = Mapping.base(type);
      return base == LogicalType.Base.DOUBLE || base == LogicalType.Base.JSON || base == LogicalType.Base.LIST;
    }

    void references(Draft d) {
      for (DraftField f : d.fields) {
        if (f.pending == null) {
          continue;
        }
        DraftField.PendingReference p = f.pending;
        f.pending = null;
        Optional<Target> target = p.datapactId() != null ? byId(p.datapactId()) : byName(d, p.object(), p.column());
        if (target.isEmpty()) {
          String named = p.datapactId() != null ? p.datapactId() : p.object() + "." + p.column();
          d.context.dropped(p.pointer(), "relationship to " + named + " not imported: no imported or existing "
              + "contract has that field");
          continue;
        }
        Target t = target.get();
        if (!t.key()) {
          d.context.dropped(p.pointer(), "relationship to " + t.reference() + " not imported: the target is not "
              + "unique, so it cannot be referenced");
        } else if (!compatible(f.type, t.type())) {
          d.context.dropped(p.pointer(), "relationship to " + t.reference() + " not imported: types " + f.type
              + " and " + t.type() + " do not match");
        } else {
          f.references = t.reference();
        }
      }
    }

    /** A referenced field: its {@code domain.name.field}, type, and whether it is a key. */
    private record Target(String reference, String type, boolean key) {}

    private Optional<Target> byId(String reference) {
      int dot = reference.lastIndexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      String id = reference.substring(0, dot);
      String field = reference.substring(dot + 1);
      for (Draft d : drafts) {
        if (d.id().equals(id)) {
          return d.fields.stream().filter(f -> f.name.equals(field)).findFirst().map(f -> target(d, f));
        }
      }
      return known(id, field);
    }

    private Optional<Target> byName(Draft from, String object, String column) {
      String snake = Names.snake(object, "");
      List<Draft> candidates = new ArrayList<>();
      drafts.stream().filter(d -> d.context == from.context && matches(d, object, snake)).forEach(candidates::add);
      drafts.stream().filter(d -> d.context != from.context && d.domain.equals(from.domain) && matches(d, object, snake))
          .forEach(candidates::add);
      for (Draft d : candidates) {
        Optional<DraftField> f = d.field(column);
        if (f.isPresent()) {
          return Optional.of(target(d, f.get()));
        }
      }
      return known(from.domain + "." + snake, Names.field(column));
    }

    private static boolean matches(Draft d, String object, String snake) {
      return d.sourceName.equalsIgnoreCase(object) || d.name.equals(snake);
    }

    private static Target target(Draft d, DraftField f) {
      boolean key = f.unique || f.primaryKey || d.grain.equals(List.of(f.name))
          || d.scd != null && d.scd.key().equals(List.of(f.name));
      return new Target(d.id() + "." + f.name, f.type, key);
    }

    private Optional<Target> known(String id, String field) {
      return known.stream().filter(c -> c.id().equals(id))
          .max((a, b) -> io.datapact.model.SemVer.parse(a.version()).orElseThrow()
              .compareTo(io.datapact.model.SemVer.parse(b.version()).orElseThrow()))
          .flatMap(c -> c.field(field).map(f -> new Target(c.id() + "." + f.name(), f.type(), key(c, f))));
    }

    private static boolean key(Contract c, Field f) {
      return f.unique() || f.primaryKey() || c.grain().equals(List.of(f.name()))
          || c.scd() != null && c.scd().key().equals(List.of(f.name()));
    }

    private static boolean compatible(String a, String b) {
      LogicalType x = LogicalType.parse(a);
      LogicalType y = LogicalType.parse(b);
      if (x.equals(y)) {
        return true;
      }
      boolean whole = Set.of(LogicalType.Base.INTEGER, LogicalType.Base.LONG).containsAll(Set.of(x.base(), y.base()));
      boolean decimals = x.base() == LogicalType.Base.DECIMAL && y.base() == LogicalType.Base.DECIMAL
          && x.scale() == y.scale();
      return whole || decimals;
    }
  }
}
