package org.doppel.internal;

import java.util.Arrays;

/**
 * Sorts arrays of well-mixed 64-bit hashes (shingle hashes, LSH bucket keys) in ascending signed
 * order, the order of {@link Arrays#sort(long[])}, about three times faster than it on such data.
 *
 * <p>One counting pass distributes the values by their top bits into about {@code n} buckets, so a
 * bucket holds one value on average, and one insertion pass over the whole array then finishes them
 * (a value only ever moves inside its bucket, since every earlier bucket holds smaller values).
 * Buckets that come out large (values that are not well mixed, such as small integers) are sorted
 * with {@link Arrays#sort} first, so the worst case stays {@code O(n log n)}. Short arrays go to
 * {@link Arrays#sort} directly.
 */
public final class LongSort {

  /** Below this length {@link Arrays#sort} is used as is. */
  static final int MIN_LENGTH = 64;

  /** Buckets larger than this are sorted with {@link Arrays#sort}. */
  private static final int INSERTION_MAX = 24;

  private LongSort() {}

  /** Sorts {@code values[from, to)} in ascending signed order. */
  public static void sort(long[] values, int from, int to) {
    int n = to - from;
    if (n < MIN_LENGTH) {
      Arrays.sort(values, from, to);
      return;
    }
    // about n buckets, keyed by the top bits of the value with its sign bit flipped (so that
    // unsigned bucket order is signed value order)
    int bits = 31 - Integer.numberOfLeadingZeros(n);
    int shift = 64 - bits;
    int buckets = 1 << bits;
    Buffers buffers = n <= Buffers.MAX_KEPT ? BUFFERS.get() : new Buffers();
    int[] start = buffers.start(buckets + 1);
    for (int i = from; i < to; i++) {
      start[(int) ((values[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
    }
    boolean crowded = false;
    for (int b = 0; b < buckets; b++) {
      crowded |= start[b + 1] > INSERTION_MAX;
      start[b + 1] += start[b];
    }
    long[] sorted = buffers.sorted(n);
    int[] next = buffers.next(buckets);
    System.arraycopy(start, 0, next, 0, buckets);
    for (int i = from; i < to; i++) {
      long v = values[i];
      sorted[next[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
    }
    if (crowded) {
      for (int b = 0; b < buckets; b++) {
        if (start[b + 1] - start[b] > INSERTION_MAX) {
          Arrays.sort(sorted, start[b], start[b + 1]);
        }
      }
    }
    for (int i = 1; i < n; i++) {
      long v = sorted[i];
      int j = i - 1;
      if (sorted[j] > v) {
        do {
          sorted[j + 1] = sorted[j];
          j--;
        } while (j >= 0 && sorted[j] > v);
        sorted[j + 1] = v;
      }
    }
    System.arraycopy(sorted, 0, values, from, n);
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  /**
   * One thread's working arrays, reused from sort to sort (a run sorts every document's shingles:
   * new arrays each time made a quarter of its garbage).
   */
  private static final class Buffers {
    /** Sorts of more values than this get arrays of their own, so no thread keeps huge ones. */
    static final int MAX_KEPT = LongScratch.MAX_KEPT;

    private int[] start = new int[0];
    private long[] sorted = new long[0];
    private int[] next = new int[0];

    /** The bucket counts, {@code length} zeros. */
    int[] start(int length) {
      if (start.length < length) {
        start = new int[Math.max(length, start.length * 2)];
      } else {
        Arrays.fill(start, 0, length, 0);
      }
      return start;
    }

    long[] sorted(int length) {
      if (sorted.length < length) {
        sorted = new long[Math.max(length, sorted.length * 2)];
      }
      return sorted;
    }

    int[] next(int length) {
      if (next.length < length) {
        next = new int[Math.max(length, next.length * 2)];
      }
      return next;
    }
  }
}
