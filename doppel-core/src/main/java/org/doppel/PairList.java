package org.doppel;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * {@link DedupResult#pairs()} as a view of a run's {@link PairTable}: each {@link DedupResult.Pair}
 * is made when it is read, so a run that verified millions of pairs keeps them in primitive columns
 * rather than as millions of records. Immutable: the table is not written to once the view exists.
 */
final class PairList extends AbstractList<DedupResult.Pair> implements RandomAccess {

  private final PairTable table;

  /** The rows of the table listed, in order; null for every row. */
  private final int[] rows;

  private final String[] ids;
  private final int[] setSizes;

  /**
   * A view of {@code rows} of {@code table} (null: all of them), naming documents by {@code ids}
   * and scoring them with their {@code setSizes}.
   */
  PairList(PairTable table, int[] rows, String[] ids, int[] setSizes) {
    this.table = table;
    this.rows = rows;
    this.ids = ids;
    this.setSizes = setSizes;
  }

  @Override
  public DedupResult.Pair get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size());
    }
    int k = rows == null ? index : rows[index];
    int a = table.first(k);
    int b = table.second(k);
    return new DedupResult.Pair(
        ids[a],
        ids[b],
        table.relation(k),
        table.scores(k, setSizes[a], setSizes[b]),
        table.figuresDiffer(k));
  }

  @Override
  public int size() {
    return rows == null ? table.size() : rows.length;
  }
}
