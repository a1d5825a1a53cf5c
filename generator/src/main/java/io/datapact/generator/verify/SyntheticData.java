package io.datapact.generator.verify;

import io.datapact.generator.sql.PipelineCatalog;
import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deterministic synthetic rows for contracts, two batches each, that satisfy every field rule.
 *
 * <pre>{@code
 * SyntheticData data = SyntheticData.generate(contracts,
 *     SyntheticOptions.defaults().withSeed(7).withRows("benefits.claims", 1_000_000));
 * for (Contract c : data.contracts()) {
 *   new RawLoader(connection, dialect).load(data.batch(c, 1), rawTable, clock);
 * }
 * }</pre>
 *
 * <p>What rows honour: types (decimals at their scale and within their precision), enums,
 * numeric and temporal ranges, patterns ({@link RegexGenerator}), lengths, uniqueness of unique
 * fields, primary keys, grains and dimension keys, required fields (optional ones are NULL at the
 * options' rate), plausible fake PII, and foreign keys: values are taken from the referenced
 * contract's rows of the same batch or earlier, so contracts are generated in dependency order;
 * a reference to a contract that is not given produces NULLs (optional fields) or values by the
 * field's own rules (required ones), with a {@link #warnings() warning}; no reference points at a
 * key that batch 2 deletes.
 *
 * <p>Rows also meet the contract as a whole: each row is drawn again (bounded, then an error naming
 * the check) until every table check without placeholders holds ({@link ExpressionEvaluator}, NULL
 * counting as met); with {@link SyntheticOptions#now()} set, the freshness column lies within
 * {@code warnAfter} (else {@code errorAfter}) before it, batch 1's values before batch 2's; batch 1
 * rows are clamped into {@code sla.volume}, and batch 2's new keys stay within {@code maxDailyChangePct}.
 *
 * <p>Batch 2 changes what a producer would: updates of some keys (later version times
 * ({@code scd.updatedAt}, a load-time field, a fact's time column) and a changed field, a tracked
 * one for SCD2), new keys, late facts, re-deliveries of batch 1 rows, and deletions: SCD2
 * dimensions with {@code deletes: close|flag} and no deleted flag get a full snapshot without the
 * deleted keys; contracts with {@code source.deletedFlag} get flagged rows.
 */
public final class SyntheticData {
  private final SyntheticOptions options;
  private final Map<Contract, ContractPlan> plans;
  private final List<String> warnings;

  private SyntheticData(SyntheticOptions options, Map<Contract, ContractPlan> plans, List<String> warnings) {
    this.options = options;
    this.plans = plans;
    this.warnings = warnings;
  }

  /**
   * Plans the rows of every contract and draws their keys; rows themselves are made when a batch
   * is iterated. Contracts must have passed validation.
   *
   * @throws IllegalArgumentException when a rule cannot be met, e.g. a pattern the generator does
   *     not support, or fewer distinct values than rows asked for
   */
  public static SyntheticData generate(List<Contract> contracts, SyntheticOptions options) {
    PipelineCatalog catalog = new PipelineCatalog(contracts);
    List<String> warnings = new ArrayList<>();
    Map<Contract, ContractPlan> plans = new LinkedHashMap<>();
    Map<String, ContractPlan> latest = new LinkedHashMap<>();
    for (Contract c : dependencyOrder(catalog)) {
      ContractPlan plan = new PlanBuilder(c, options, latest::get, warnings).build();
      plans.put(c, plan);
      if (catalog.latest(c.id()).orElseThrow() == c) {
        latest.put(c.id(), plan);
      }
    }
    plans.values().forEach(EntityStore::build);
    return new SyntheticData(options, plans, List.copyOf(warnings));
  }

  /**
   * Contracts ordered so that every contract comes after those it references (the latest version
   * of an id is the one referenced); contracts in a reference cycle keep catalog order.
   */
  static List<Contract> dependencyOrder(PipelineCatalog catalog) {
    Set<Contract> done = new LinkedHashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Contract c : catalog.contracts()) {
        if (!done.contains(c) && targets(c, catalog).stream().allMatch(t -> t == c || done.contains(t))) {
          done.add(c);
          progress = true;
        }
      }
    }
    done.addAll(catalog.contracts());
    return List.copyOf(done);
  }

  private static List<Contract> targets(Contract c, PipelineCatalog catalog) {
    List<Contract> out = new ArrayList<>();
    for (Field f : c.fields()) {
      String ref = f.references();
      int dot = ref == null ? -1 : ref.indexOf('.', ref.indexOf('.') + 1);
      Optional<Contract> target = dot < 0 ? Optional.empty() : catalog.latest(ref.substring(0, dot));
      target.ifPresent(out::add);
    }
    return out;
  }

  /** Every contract, each after the contracts it references. */
  public List<Contract> contracts() {
    return List.copyOf(plans.keySet());
  }

  /** Batch 1 or 2 of a contract. */
  public SyntheticBatch batch(Contract contract, int number) {
    ContractPlan plan = plans.get(contract);
    if (plan == null) {
      throw new IllegalArgumentException("no synthetic data for " + contract.id() + " " + contract.version());
    }
    return switch (number) {
      case 1 -> new SyntheticBatch(plan, BatchPlan.first(plan), 1);
      case 2 -> new SyntheticBatch(plan, BatchPlan.second(plan, options), 2);
      default -> throw new IllegalArgumentException("synthetic data has batches 1 and 2, not " + number);
    };
  }

  /** References that could not be followed, one sentence each. */
  public List<String> warnings() {
    return warnings;
  }
}
