package io.datapact.generator.verify;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one batch of one contract, made on demand: iterating twice gives the same rows, and
 * a batch of a million rows takes no memory until iterated. Each row holds the contract's fields
 * in order, as the Java values {@link SyntheticData} describes.
 */
public final class SyntheticBatch implements Iterable<Object[]> {
  private final ContractPlan plan;
  private final BatchPlan rows;
  private final int number;

  SyntheticBatch(ContractPlan plan, BatchPlan rows, int number) {
    this.plan = plan;
    this.rows = rows;
    this.number = number;
  }

  public Contract contract() {
    return plan.contract;
  }

  /** The fields of a row, in order. */
  public List<Field> fields() {
    return plan.fields;
  }

  /** 1 or 2. */
  public int number() {
    return number;
  }

  /** The batch id loaders write to {@code _batch_id}: {@code batch-<number>}. */
  public String id() {
    return "batch-" + number;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  @Override
  public Iterator<Object[]> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < rows.size();
      }

      @Override
      public Object[] next() {
        if (next >= rows.size()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return RowFactory.row(plan, rows.entities[i], rows.ops[i]);
      }
    };
  }
}
