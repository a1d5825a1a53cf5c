package io.datapact.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic catalog of synthetic, valid contracts for benchmarks.
 *
 * <p>The same {@code (contracts, fieldsPerContract, seed)} always yields the same texts. The
 * catalog mixes sources, dimensions and facts like a real project: every contract has a primary
 * key; facts have a grain, often an incremental load and an SLA; dimensions have an SCD section
 * of type 0 to 3 and a unique business code; fields cover every base type including
 * {@code decimal(p,s)}, {@code list<T>} and {@code json}, with enums, patterns, ranges, lengths,
 * transforms, source names and PII with a classification and a fitting masking. Facts reference
 * dimensions and other facts, dimensions reference earlier dimensions (so there is no cycle),
 * always to a primary key or a unique field of the same type. Every contract has access roles with
 * row filters and table checks over its own fields. About one contract in fifty is the next major
 * version of an earlier one, with its own landing table; the earlier one is then deprecated with a
 * removal date.
 *
 * <p>Every generated contract passes the JSON Schema and every standard rule; the benchmark
 * asserts this, since timing the error path would be misleading.
 */
public final class SyntheticContracts {
  /** Fewest fields per contract: the key, the time column, the flag, the code and some room. */
  public static final int MIN_FIELDS = 8;

  private static final String[] DOMAINS = {"sales", "billing", "hr", "logistics", "marketing", "support",
      "finance", "inventory", "benefits", "identity", "risk", "web"};
  private static final String[] ENTITIES = {"customer", "order", "invoice", "shipment", "product", "account",
      "ticket", "employee", "payment", "claim", "session", "campaign", "store", "supplier", "region", "device"};
  /** Checks per contract, like the handful a producer really writes. */
  private static final int MAX_CHECKS = 6;
  private static final String[] FORMATS = {"csv", "jsonl", "parquet"};

  /** One generated contract file. */
  public record ContractText(String id, String path, String yaml) {}

  private SyntheticContracts() {}

  /**
   * Generates {@code contracts} contracts of exactly {@code fieldsPerContract} fields each.
   *
   * @param seed the same seed gives the same catalog, byte for byte
   */
  public static List<ContractText> generate(int contracts, int fieldsPerContract, long seed) {
    if (contracts < 1) {
      throw new IllegalArgumentException("need at least one contract, got " + contracts);
    }
    if (fieldsPerContract < MIN_FIELDS) {
      throw new IllegalArgumentException("need at least " + MIN_FIELDS + " fields, got " + fieldsPerContract);
    }
    Random random = new Random(seed);
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < contracts; i++) {
      if (i % 50 == 49) {
        Spec next = nextMajor(specs, random);
        if (next != null) {
          specs.add(next);
          continue;
        }
      }
      specs.add(contract(i, specs, fieldsPerContract, random));
    }
    List<ContractText> out = new ArrayList<>(specs.size());
    for (Spec spec : specs) {
      out.add(new ContractText(spec.id, spec.path(), render(spec)));
    }
    return List.copyOf(out);
  }

  /** Writes the contracts below {@code dir} and returns their paths in catalog order. */
  public static List<Path> writeTo(Path dir, List<ContractText> contracts) {
    List<Path> files = new ArrayList<>(contracts.size());
    try {
      for (ContractText c : contracts) {
        Path file = dir.resolve(c.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, c.yaml(), StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write contracts below " + dir, e);
    }
    return List.copyOf(files);
  }

  /**
   * Writes a catalog to a directory, to look at or to profile by hand:
   * {@code java -cp benchmarks.jar io.datapact.bench.SyntheticContracts DIR [contracts] [fields] [seed]}.
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SyntheticContracts DIR [contracts=1000] [fields=30] [seed=42]");
      System.exit(2);
    }
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int f = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    List<Path> files = writeTo(Path.of(args[0]), generate(n, f, seed));
    System.out.println("wrote " + files.size() + " contracts below " + args[0]);
  }

  // ---------------------------------------------------------------------------------------------
  // The catalog, as plain specs: decided first, rendered at the end, so that a later contract can
  // deprecate an earlier one.

  private enum Kind { SOURCE, DIMENSION, FACT }

  /** What a check or a row filter may say about a field. */
  private enum Role { NONE, NON_NEGATIVE, PAST_DATE, CATEGORY, TEXT }

  private static final class FieldSpec {
    final String name;
    final String type;
    final List<String> attributes = new ArrayList<>();
    Role role = Role.NONE;
    String[] categories;

    FieldSpec(String name, String type) {
      this.name = name;
      this.type = type;
    }

    FieldSpec with(String attribute) {
      attributes.add(attribute);
      return this;
    }
  }

  private static final class Spec {
    String id;
    String domain;
    String name;
    int index;
    Kind kind;
    String version;
    String status = "active";
    String deprecatedFor;
    String description;
    String extension;
    FieldSpec key;
    FieldSpec code;
    String timeColumn;
    String deletedFlag;
    final List<FieldSpec> fields = new ArrayList<>();
    final List<String> grain = new ArrayList<>();
    final List<String> blocks = new ArrayList<>();
    String fileSuffix = "";

    String path() {
      return "contracts/" + domain + "/" + name + fileSuffix + ".yaml";
    }
  }

  private static Spec contract(int index, List<Spec> earlier, int fieldCount, Random random) {
    Spec s = new Spec();
    s.index = index;
    s.domain = DOMAINS[random.nextInt(DOMAINS.length)];
    String entity = ENTITIES[random.nextInt(ENTITIES.length)];
    s.name = entity + String.format(Locale.ROOT, "_%04d", index);
    s.id = s.domain + "." + s.name;
    int roll = random.nextInt(10);
    s.kind = roll < 2 ? Kind.SOURCE : roll < 5 ? Kind.DIMENSION : Kind.FACT;
    s.version = "1." + random.nextInt(10) + "." + random.nextInt(20);
    if (random.nextInt(20) == 0) {
      s.status = "draft";
    }
    s.description = (s.kind == Kind.FACT ? "One row per " : "One row per distinct ") + entity.replace('_', ' ')
        + " of the " + s.domain + " domain, as agreed with its consumers.";
    if (random.nextInt(5) == 0) {
      s.extension = "x-slack: '#" + s.domain + "-data'";
    }

    Set<String> names = new HashSet<>();
    s.key = keyField(entity, random);
    add(s, names, s.key);
    switch (s.kind) {
      case FACT -> {
        s.timeColumn = "event_time";
        add(s, names, new FieldSpec("event_time", random.nextBoolean() ? "timestamp" : "timestamptz")
            .with("required: true").with("description: \"When the event happened at the producer.\""));
      }
      case DIMENSION -> {
        s.timeColumn = "updated_at";
        add(s, names, new FieldSpec("updated_at", "timestamp").with("required: true"));
        s.code = new FieldSpec(entity + "_code", "string").with("unique: true").with("required: true")
            .with("pattern: '^[A-Z]{2}[0-9]{6}$'").with("length: {min: 8, max: 8}").with("transform: [trim, upper]");
        add(s, names, s.code);
      }
      case SOURCE -> {
        s.timeColumn = "ingested_at";
        add(s, names, new FieldSpec("ingested_at", "timestamptz").with("required: true"));
      }
    }
    s.deletedFlag = "deleted_upstream";
    add(s, names, new FieldSpec("deleted_upstream", "boolean").with("sourceName: IS_DEL"));

    // References to primary keys and unique codes of earlier contracts.
    int maxRefs = switch (s.kind) {
      case FACT -> 4;
      case DIMENSION -> random.nextInt(3) == 0 ? 1 : 0;
      case SOURCE -> 1;
    };
    int refs = earlier.isEmpty() ? 0 : Math.min(maxRefs, fieldCount - s.fields.size() - 2);
    refs = refs <= 0 ? 0 : 1 + random.nextInt(refs);
    Set<String> targets = new HashSet<>();
    for (int r = 0; r < refs; r++) {
      Spec target = pickTarget(s, earlier, random);
      if (target == null || !targets.add(target.id)) {
        continue;
      }
      FieldSpec to = target.code != null && random.nextInt(3) == 0 ? target.code : target.key;
      String name = unique(names, to.name + "_" + target.index);
      FieldSpec ref = new FieldSpec(name, to.type).with("references: " + target.id + "." + to.name);
      if (random.nextBoolean()) {
        ref.with("required: true");
      }
      add(s, names, ref);
    }

    while (s.fields.size() < fieldCount) {
      add(s, names, filler(names, random));
    }

    sections(s, random);
    return s;
  }

  private static FieldSpec keyField(String entity, Random random) {
    FieldSpec key;
    switch (random.nextInt(3)) {
      case 0 -> key = new FieldSpec(entity + "_id", "long").with("range: {min: 1}");
      case 1 -> key = new FieldSpec(entity + "_id", "string").with("pattern: '^[A-Z]{3}-[0-9]{8}$'")
          .with("length: {min: 12, max: 12}");
      default -> key = new FieldSpec(entity + "_id", "uuid");
    }
    return key.with("primaryKey: true").with("description: \"Surrogate key of the " + entity + ".\"");
  }

  /** Facts reference dimensions and facts; dimensions and sources reference dimensions only. */
  private static Spec pickTarget(Spec from, List<Spec> earlier, Random random) {
    for (int attempt = 0; attempt < 8; attempt++) {
      Spec candidate = earlier.get(random.nextInt(earlier.size()));
      if (candidate.id.equals(from.id)) {
        continue;
      }
      if (candidate.kind == Kind.DIMENSION || from.kind == Kind.FACT && candidate.kind == Kind.FACT) {
        return candidate;
      }
    }
    return null;
  }

  private static void add(Spec s, Set<String> names, FieldSpec field) {
    if (!names.add(field.name)) {
      throw new IllegalStateException("duplicate field " + field.name + " in " + s.id);
    }
    s.fields.add(field);
  }

  private static String unique(Set<String> names, String base) {
    String name = base;
    for (int n = 2; names.contains(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /** One ordinary field, drawn from a mix weighted like the columns of real warehouse tables. */
  private static FieldSpec filler(Set<String> names, Random random) {
    int pick = random.nextInt(30);
    FieldSpec f;
    switch (pick) {
      case 0, 1, 2 -> {
        int precision = 12 + random.nextInt(7);
        int scale = random.nextBoolean() ? 2 : 4;
        f = new FieldSpec(unique(names, "amount"), "decimal(" + precision + "," + scale + ")")
            .with("range: {min: 0, max: 1000000}");
        f.role = Role.NON_NEGATIVE;
      }
      case 3 -> {
        f = new FieldSpec(unique(names, "rate"), "decimal(5,4)").with("range: {min: 0, max: 1}");
        f.role = Role.NON_NEGATIVE;
      }
      case 4, 5 -> {
        f = new FieldSpec(unique(names, "quantity"), "integer").with("required: true")
            .with("range: {min: 0, max: 100000}");
        f.role = Role.NON_NEGATIVE;
      }
      case 6 -> f = new FieldSpec(unique(names, "line_count"), "long").with("sourceName: LINE_CNT");
      case 7 -> {
        f = new FieldSpec(unique(names, "score"), "double").with("range: {min: 0.0, max: 1.0}");
        f.role = Role.NON_NEGATIVE;
      }
      case 8, 9 -> {
        f = new FieldSpec(unique(names, "status"), "string").with("required: true")
            .with("enum: [active, inactive, pending, closed]");
        f.role = Role.CATEGORY;
        f.categories = new String[] {"active", "inactive", "pending", "closed"};
      }
      case 10 -> f = new FieldSpec(unique(names, "priority"), "integer").with("enum: [1, 2, 3, 4, 5]");
      case 11 -> {
        f = new FieldSpec(unique(names, "channel"), "string").with("enum: [web, store, phone, partner]");
        f.role = Role.CATEGORY;
        f.categories = new String[] {"web", "store", "phone", "partner"};
      }
      case 12 -> f = new FieldSpec(unique(names, "currency"), "string").with("pattern: '^[A-Z]{3}$'")
          .with("length: {min: 3, max: 3}").with("transform: [trim, upper]");
      case 13 -> f = new FieldSpec(unique(names, "sku"), "string").with("pattern: '^[A-Z0-9]{4,12}$'");
      case 14 -> f = new FieldSpec(unique(names, "postal_code"), "string").with("pattern: '^[0-9]{5}$'")
          .with("sourceName: ZIP");
      case 15 -> f = new FieldSpec(unique(names, "is_active"), "boolean").with("required: true");
      case 16, 17 -> {
        f = new FieldSpec(unique(names, "created_on"), "date")
            .with("range: {min: '2000-01-01', max: '2099-12-31'}");
        f.role = Role.PAST_DATE;
      }
      case 18 -> f = new FieldSpec(unique(names, "changed_at"), "timestamptz");
      case 19 -> f = new FieldSpec(unique(names, "external_ref"), "uuid");
      case 20 -> f = new FieldSpec(unique(names, "attributes"), "json");
      case 21 -> f = new FieldSpec(unique(names, "tags"), "list<string>");
      case 22 -> {
        f = new FieldSpec(unique(names, "notes"), "string").with("length: {max: 2000}")
            .with("transform: [trim, null_if_empty]").with("description: \"Free text typed by an agent.\"");
        f.role = Role.TEXT;
      }
      case 23 -> f = new FieldSpec(unique(names, "email"), "string").with("pii: email")
          .with("classification: " + (random.nextBoolean() ? "confidential" : "restricted"))
          .with("masking: " + (random.nextBoolean() ? "partial" : "hash")).with("transform: [trim, lower]");
      case 24 -> f = new FieldSpec(unique(names, "phone"), "string").with("pii: phone")
          .with("classification: restricted").with("masking: last4");
      case 25 -> f = new FieldSpec(unique(names, "full_name"), "string").with("pii: name")
          .with("classification: confidential").with("masking: initials");
      case 26 -> f = new FieldSpec(unique(names, "birth_date"), "date").with("pii: birth_date")
          .with("classification: restricted").with("masking: year");
      case 27 -> f = new FieldSpec(unique(names, "ip_address"), "string").with("pii: ip")
          .with("classification: internal");
      case 28 -> f = new FieldSpec(unique(names, "ssn"), "string").with("pii: ssn")
          .with("classification: restricted").with("masking: last4").with("pattern: '^[0-9]{3}-[0-9]{2}-[0-9]{4}$'");
      default -> f = new FieldSpec(unique(names, "home_address"), "string").with("pii: address")
          .with("classification: confidential");
    }
    return f;
  }

  /** Grain, source, SCD, incremental, SLA, access and checks, all over the contract's own fields. */
  private static void sections(Spec s, Random random) {
    List<FieldSpec> plain = s.fields.stream().filter(f -> f.attributes.stream()
        .noneMatch(a -> a.startsWith("primaryKey") || a.startsWith("unique") || a.startsWith("references"))).toList();

    if (s.kind == Kind.FACT) {
      s.grain.add(s.key.name);
      if (random.nextInt(10) < 3) {
        s.grain.add(s.timeColumn);
      }
    }

    StringBuilder source = new StringBuilder("source:\n  table: raw_" + s.domain + "." + s.name + "\n  format: "
        + FORMATS[random.nextInt(FORMATS.length)] + "\n");
    if (s.kind == Kind.SOURCE) {
      source.append("  loadedAt: ").append(s.timeColumn).append('\n');
    }
    source.append("  deletedFlag: ").append(s.deletedFlag).append('\n');
    s.blocks.add(source.toString());

    if (s.kind == Kind.DIMENSION) {
      int type = new int[] {0, 1, 1, 1, 2, 2, 2, 2, 3, 1}[random.nextInt(10)];
      StringBuilder scd = new StringBuilder("scd:\n  type: " + type + "\n  key: [" + s.key.name + "]\n  updatedAt: "
          + s.timeColumn + "\n");
      if (type == 2) {
        scd.append("  tracked: [").append(names(pick(plain, 3, random))).append("]\n");
        scd.append("  deletes: ").append(new String[] {"ignore", "close", "flag"}[random.nextInt(3)]).append('\n');
      } else if (type == 3) {
        scd.append("  previous: [").append(names(pick(plain, 2, random))).append("]\n");
      }
      s.blocks.add(scd.toString());
    }

    if (s.kind == Kind.FACT && random.nextInt(10) < 6) {
      s.blocks.add("incremental:\n  strategy: " + (random.nextBoolean() ? "merge" : "append") + "\n  timeColumn: "
          + s.timeColumn + "\n  lookback: 3d\n");
    }

    if (s.kind != Kind.DIMENSION || random.nextBoolean()) {
      int warn = 1 + random.nextInt(12);
      s.blocks.add("sla:\n  freshness: {column: " + s.timeColumn + ", warnAfter: " + warn + "h, errorAfter: "
          + (warn + 12) + "h}\n  volume: {minRows: " + (1 + random.nextInt(1000)) + ", maxRows: 50000000, "
          + "maxDailyChangePct: 25}\n  latency: 2h\n  availability: '99.9%'\n");
    }

    StringBuilder access = new StringBuilder("access:\n");
    FieldSpec category = first(s.fields, Role.CATEGORY);
    String filter = category != null
        ? category.name + " = {{ " + category.name + "_scope }}"
        : s.key.name + " is not null and " + s.timeColumn + " >= {{ since }}";
    access.append("  analyst: {masked: true, rowFilter: \"").append(filter).append("\"}\n");
    access.append("  auditor: {masked: false}\n");
    if (s.kind == Kind.SOURCE) {
      access.append("  loader: {write: true}\n");
    }
    s.blocks.add(access.toString());

    StringBuilder checks = new StringBuilder("checks:\n");
    checks.append("  - {name: ").append(s.key.name).append("_present, expression: \"").append(s.key.name)
        .append(" is not null\"}\n");
    int written = 1;
    for (FieldSpec f : s.fields) {
      if (f.role == Role.NONE || written >= MAX_CHECKS) {
        continue;
      }
      written++;
      switch (f.role) {
        case NON_NEGATIVE -> checks.append("  - {name: ").append(f.name).append("_non_negative, expression: \"coalesce(")
            .append(f.name).append(", 0) >= 0\", severity: warn}\n");
        case PAST_DATE -> checks.append("  - {name: ").append(f.name).append("_not_future, expression: \"")
            .append(f.name).append(" <= current_date\"}\n");
        case CATEGORY -> checks.append("  - {name: ").append(f.name).append("_known, expression: \"lower(")
            .append(f.name).append(") in (").append(quoted(f.categories)).append(")\", description: \"")
            .append("Repeats the enum so the mart keeps it.\"}\n");
        case TEXT -> checks.append("  - {name: ").append(f.name).append("_bounded, expression: \"length(")
            .append(f.name).append(") between 0 and 2000 or ").append(f.name).append(" is null\"}\n");
        case NONE -> { }
      }
    }
    s.blocks.add(checks.toString());
  }

  /** The next major version of a random earlier contract, which becomes deprecated; null if none fits. */
  private static Spec nextMajor(List<Spec> specs, Random random) {
    for (int attempt = 0; attempt < 8 && !specs.isEmpty(); attempt++) {
      Spec old = specs.get(random.nextInt(specs.size()));
      if (!old.fileSuffix.isEmpty() || old.deprecatedFor != null || !"active".equals(old.status)) {
        continue;
      }
      Spec next = new Spec();
      next.id = old.id;
      next.domain = old.domain;
      next.name = old.name;
      next.index = old.index;
      next.kind = old.kind;
      next.version = "2.0.0";
      next.description = old.description + " Version 2 drops a legacy load path.";
      next.extension = old.extension;
      next.key = old.key;
      next.code = old.code;
      next.timeColumn = old.timeColumn;
      next.deletedFlag = old.deletedFlag;
      next.fields.addAll(old.fields);
      next.grain.addAll(old.grain);
      for (String block : old.blocks) {
        // Each major version lands in its own table (rule source-table-duplicate).
        next.blocks.add(block.startsWith("source:")
            ? block.replace("  table: raw_" + old.domain + "." + old.name + "\n",
                "  table: raw_" + old.domain + "." + old.name + "_v2\n")
            : block);
      }
      next.fileSuffix = ".v2";
      old.status = "deprecated";
      old.deprecatedFor = old.id;
      return next;
    }
    return null;
  }

  private static List<FieldSpec> pick(List<FieldSpec> from, int count, Random random) {
    List<FieldSpec> pool = new ArrayList<>(from);
    List<FieldSpec> out = new ArrayList<>();
    while (out.size() < count && !pool.isEmpty()) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  private static String names(List<FieldSpec> fields) {
    return String.join(", ", fields.stream().map(f -> f.name).toList());
  }

  private static FieldSpec first(List<FieldSpec> fields, Role role) {
    return fields.stream().filter(f -> f.role == role).findFirst().orElse(null);
  }

  private static String quoted(String[] values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add("'" + v + "'");
    }
    return String.join(", ", out);
  }

  private static String render(Spec s) {
    StringBuilder y = new StringBuilder(4096);
    y.append("apiVersion: datapact/v1\n");
    y.append("id: ").append(s.id).append('\n');
    y.append("version: \"").append(s.version).append("\"\n");
    y.append("status: ").append(s.status).append('\n');
    if (s.deprecatedFor != null) {
      y.append("deprecation:\n  removalDate: '2027-06-30'\n  replacement: ").append(s.deprecatedFor)
          .append("\n  reason: \"Superseded by version 2.\"\n");
    }
    y.append("owner: {team: ").append(s.domain).append("-data, email: ").append(s.domain)
        .append("-data@example.com}\n");
    y.append("description: \"").append(s.description).append("\"\n");
    y.append("kind: ").append(s.kind.name().toLowerCase(Locale.ROOT)).append('\n');
    if (!s.grain.isEmpty()) {
      y.append("grain: [").append(String.join(", ", s.grain)).append("]\n");
    }
    if (s.extension != null) {
      y.append(s.extension).append('\n');
    }
    for (String block : s.blocks) {
      if (!block.startsWith("access:") && !block.startsWith("checks:")) {
        y.append(block);
      }
    }
    y.append("fields:\n");
    for (FieldSpec f : s.fields) {
      y.append("  - name: ").append(f.name).append('\n');
      y.append("    type: ").append(f.type).append('\n');
      for (String a : f.attributes) {
        y.append("    ").append(a).append('\n');
      }
    }
    for (String block : s.blocks) {
      if (block.startsWith("access:") || block.startsWith("checks:")) {
        y.append(block);
      }
    }
    return y.toString();
  }
}
