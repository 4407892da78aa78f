package org.doppel.lsh;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongSort;
import org.doppel.text.Mix;

/**
 * Finds candidate pairs among sketches by banding: documents whose components agree on all rows of
 * some band share a bucket. Buckets larger than {@code maxBucket} pair each member only with its
 * {@code maxBucket} nearest members in input order, so one huge bucket cannot make the work
 * quadratic.
 */
public final class CandidateFinder {

  private final LshParams params;
  private final int maxBucket;

  /** A finder for the given banding. */
  public CandidateFinder(LshParams params, int maxBucket) {
    if (maxBucket < 2) {
      throw new IllegalArgumentException("maxBucket must be >= 2, got " + maxBucket);
    }
    this.params = params;
    this.maxBucket = maxBucket;
  }

  /** Bands whose keys {@link #find} computes in one pass over the sketches. */
  public static final int BANDS_PER_PASS = 16;

  /**
   * Adds to {@code pairs} every candidate pair among {@code sketches} as {@link #pair(int, int)};
   * {@code null} entries (documents without a sketch) are skipped.
   */
  public void find(int[][] sketches, LongHashSet pairs) {
    int[] docs = sketched(sketches);
    for (int from = 0; from < params.bands(); from += BANDS_PER_PASS) {
      for (long[] keyed :
          bandKeys(sketches, docs, from, Math.min(params.bands(), from + BANDS_PER_PASS))) {
        for (long p : bandPairs(keyed)) {
          pairs.add(p);
        }
      }
    }
  }

  /** The indices of the documents that have a sketch (non-null entries), in order. */
  public static int[] sketched(int[][] sketches) {
    int n = 0;
    int[] out = new int[sketches.length];
    for (int d = 0; d < sketches.length; d++) {
      if (sketches[d] != null) {
        out[n++] = d;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The bucket keys of bands {@code [fromBand, toBand)} for the documents {@code docs} (indices
   * into {@code sketches}, none null), one array per band in the layout {@link #bucketPairs} takes:
   * the key in the high half, the document index in the low half. One pass over the sketches serves
   * all the bands, which reads each sketch once instead of once per band.
   */
  public long[][] bandKeys(int[][] sketches, int[] docs, int fromBand, int toBand) {
    long[][] keys = new long[toBand - fromBand][docs.length];
    // each document's keys are its own slots: documents are keyed in parallel (in the caller's
    // fork-join pool, or the common one)
    IntStream.range(0, (docs.length + KEY_CHUNK - 1) / KEY_CHUNK)
        .parallel()
        .forEach(
            c ->
                keyChunk(
                    sketches, docs, fromBand, toBand, keys, c * KEY_CHUNK, (c + 1) * KEY_CHUNK));
    return keys;
  }

  /** Documents keyed per parallel task in {@link #bandKeys}. */
  private static final int KEY_CHUNK = 4096;

  private void keyChunk(
      int[][] sketches, int[] docs, int fromBand, int toBand, long[][] keys, int from, int to) {
    int rows = params.rows();
    for (int i = from; i < Math.min(to, docs.length); i++) {
      int d = docs[i];
      int[] s = sketches[d];
      for (int band = fromBand; band < toBand; band++) {
        long h = band * 0x9E3779B97F4A7C15L;
        int first = band * rows;
        for (int r = 0; r < rows; r++) {
          h = Mix.fmix64(h ^ (s[first + r] & 0xFFFFFFFFL));
        }
        keys[band - fromBand][i] = (h & 0xFFFFFFFF00000000L) | d;
      }
    }
  }

  /**
   * The candidate pairs of one band's bucket keys from {@link #bandKeys}, possibly with repeats,
   * sorting {@code keyed} in place. Bands are independent, so callers may compute them in parallel
   * and merge.
   */
  public long[] bandPairs(long[] keyed) {
    return bucketPairs(keyed, keyed.length, maxBucket);
  }

  /**
   * The pairs of documents that share a bucket. Each entry of {@code keyed[0, count)} holds a
   * 32-bit bucket key in its high half and a document index in its low half; the array is sorted in
   * place. Members of a bucket are paired with at most {@code maxBucket} following members; a
   * document is never paired with itself.
   */
  public static long[] bucketPairs(long[] keyed, int count, int maxBucket) {
    LongSort.sort(keyed, 0, count);
    long[] out = new long[16];
    int size = 0;
    int runStart = 0;
    for (int i = 1; i <= count; i++) {
      if (i == count || (keyed[i] >>> 32) != (keyed[runStart] >>> 32)) {
        for (int x = runStart; x < i; x++) {
          int limit = Math.min(i, x + 1 + maxBucket);
          for (int y = x + 1; y < limit; y++) {
            int a = (int) keyed[x];
            int b = (int) keyed[y];
            if (a == b) {
              continue;
            }
            if (size == out.length) {
              out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = pair(a, b);
          }
        }
        runStart = i;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /** Number of bands. */
  public int bands() {
    return params.bands();
  }

  /** Packs a pair of document indices, smaller first, into one long. */
  public static long pair(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** The first (smaller) index of a packed pair. */
  public static int first(long pair) {
    return (int) (pair >>> 32);
  }

  /** The second (larger) index of a packed pair. */
  public static int second(long pair) {
    return (int) pair;
  }

  @Override
  public String toString() {
    return "CandidateFinder(" + params + ", maxBucket=" + maxBucket + ")";
  }
}
