package io.datapact.bench;

import io.datapact.compat.CompatCheck;
import io.datapact.compat.CompatResult;
import io.datapact.compat.RuleTable;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import io.datapact.model.RoleAccess;
import io.datapact.model.SemVer;
import io.datapact.problem.Problems;
import io.datapact.validate.ContractValidator;
import io.datapact.validate.LoadedContract;
import io.datapact.validate.ValidationReport;
import io.datapact.yaml.SourceDocument;
import io.datapact.yaml.YamlReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compat check of a whole synthetic catalog against its next version: 1,000 contract pairs of
 * 30 fields by default, one operation is one complete check (pair, diff, classify, judge), as one
 * build runs it. Loading the contracts is not measured; {@link ValidationBenchmark} does that.
 *
 * <ul>
 *   <li>{@link #changed()}: every contract of the new catalog differs from its baseline: a minor
 *       version bump, one field removed, one added, one required flag dropped, one enum value
 *       added where there is an enum, and every row filter removed.</li>
 *   <li>{@link #unchanged()}: the catalog compared with itself, the cost floor of a build that
 *       changed nothing.</li>
 *   <li>{@link #changedFirstRun()}: {@link #changed()} once in each of 10 fresh JVMs, with no
 *       warmup, as one {@code mvn} invocation runs it (the contracts are loaded before the clock
 *       starts, so the JIT has seen the model classes but not the diff).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class CompatBenchmark {
  @Param("1000")
  public int contracts;

  @Param("30")
  public int fields;

  @Param("42")
  public long seed;

  private List<Contract> before;
  private List<Contract> after;
  private CompatCheck check;

  @Setup
  public void setUp() {
    YamlReader reader = new YamlReader();
    List<SourceDocument> docs = new ArrayList<>();
    Problems problems = new Problems();
    for (SyntheticContracts.ContractText c : SyntheticContracts.generate(contracts, fields, seed)) {
      docs.add(reader.parse(c.yaml(), c.path(), problems).orElseThrow());
    }
    ValidationReport report = ContractValidator.standard().validateDocuments(docs);
    if (!report.ok() || problems.size() > 0) {
      throw new IllegalStateException("the synthetic catalog is invalid: " + report.errors());
    }
    before = report.contracts().stream().map(LoadedContract::contract).toList();
    after = before.stream().map(CompatBenchmark::nextVersion).toList();
    check = new CompatCheck(RuleTable.standard(), LocalDate.of(2026, 11, 25));
    CompatResult result = check.check(before, after, List.of());
    if (result.findings().size() < 4 * before.size()) {
      throw new IllegalStateException("expected at least 4 changes per contract, got " + result.summary());
    }
  }

  /** The same contract one minor version later, with the changes listed on {@link #changed()}. */
  static Contract nextVersion(Contract c) {
    SemVer v = SemVer.parse(c.version()).orElseThrow();
    // The diff does not need the new side to be valid, so the last field goes whatever it is.
    List<Field> fields = new ArrayList<>(c.fields().subList(0, c.fields().size() - 1));
    fields.add(new Field("bench_added", null, "string", null, false, false, false, null, null, null, null, null,
        null, null, null, null));
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.required() && !f.primaryKey()) {
        fields.set(i, copy(f, false, f.values()));
        break;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (!f.values().isEmpty() && f.logicalType().base() == io.datapact.model.LogicalType.Base.STRING) {
        List<String> values = new ArrayList<>(f.values());
        values.add("bench_value");
        fields.set(i, copy(f, f.required(), values));
        break;
      }
    }
    SortedMap<String, RoleAccess> access = new TreeMap<>();
    c.access().forEach((role, a) -> access.put(role, new RoleAccess(a.masked(), null, a.write())));
    return new Contract(c.apiVersion(), c.id(), v.major() + "." + (v.minor() + 1) + ".0", c.status(),
        c.deprecation(), c.owner(), c.description(), c.kind(), c.grain(), c.source(), c.scd(), c.incremental(),
        c.sla(), fields, access, c.checks());
  }

  private static Field copy(Field f, boolean required, List<String> values) {
    return new Field(f.name(), f.sourceName(), f.type(), f.description(), required, f.unique(), f.primaryKey(),
        f.pattern(), f.range(), f.length(), values, f.references(), f.pii(), f.classification(), f.masking(),
        f.transform());
  }

  @Benchmark
  public CompatResult changed() {
    return check.check(before, after, List.of());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(value = 10, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public CompatResult changedFirstRun() {
    return check.check(before, after, List.of());
  }

  @Benchmark
  public CompatResult unchanged() {
    return check.check(before, before, List.of());
  }
}
