package io.datapact.generator.verify;

import io.datapact.model.Contract;
import io.datapact.model.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The rows of one batch of one contract, made on demand: iterating twice gives the same rows, and
 * a batch of a million rows takes no memory until iterated. Each row holds the contract's fields
 * in order, as the Java values {@link SyntheticData} describes.
 */
public final class SyntheticBatch implements Iterable<Object[]> {
  /** Rows per chunk made ahead. */
  static final int CHUNK = 8192;
  /** Chunks made ahead of the consumer at most. */
  private static final int AHEAD = 4;

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

  /**
   * The rows in order. A large batch is made in chunks on the common fork-join pool, a few chunks
   * ahead of the consumer (a loader appending rows), so making and loading overlap; every row is a
   * function of its index alone, so the rows are the same as made one by one.
   */
  @Override
  public Iterator<Object[]> iterator() {
    return rows.size() < 2 * CHUNK ? sequential() : new Ahead();
  }

  /** The rows in order, each made when asked for. */
  Iterator<Object[]> sequential() {
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
        return row(i);
      }
    };
  }

  private Object[] row(int i) {
    return RowFactory.row(plan, rows.entities[i], rows.ops[i]);
  }

  private Object[][] rows(int from, int to) {
    Object[][] out = new Object[to - from][];
    for (int i = from; i < to; i++) {
      out[i - from] = row(i);
    }
    return out;
  }

  /** Chunks made ahead on the common pool, handed out in order. */
  private final class Ahead implements Iterator<Object[]> {
    private final Deque<CompletableFuture<Object[][]>> pending = new ArrayDeque<>();
    private int submitted;
    private Object[][] chunk = new Object[0][];
    private int next;

    Ahead() {
      topUp();
    }

    private void topUp() {
      while (pending.size() < AHEAD && submitted < rows.size()) {
        int from = submitted;
        int to = Math.min(rows.size(), from + CHUNK);
        pending.add(CompletableFuture.supplyAsync(() -> rows(from, to)));
        submitted = to;
      }
    }

    @Override
    public boolean hasNext() {
      return next < chunk.length || !pending.isEmpty();
    }

    @Override
    public Object[] next() {
      if (next == chunk.length) {
        if (pending.isEmpty()) {
          throw new NoSuchElementException();
        }
        try {
          chunk = pending.poll().join();
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        next = 0;
        topUp();
      }
      return chunk[next++];
    }
  }
}
