package org.doppel.internal;

/**
 * A long array one thread reuses from call to call, so that work done for every document does not
 * make a new array each time (much of a run's garbage). Not thread-safe: keep one per thread.
 */
public final class LongScratch {
  /**
   * Longs kept at most: a larger request gets an array of its own, so no thread holds a huge one.
   */
  public static final int MAX_KEPT = 1 << 20;

  private long[] longs = new long[1024];

  /**
   * An array of at least {@code length} longs: this scratch array, grown if need be (its contents
   * are left as they were), or a new one beyond {@link #MAX_KEPT}.
   */
  public long[] room(int length) {
    if (length <= longs.length) {
      return longs;
    }
    if (length > MAX_KEPT) {
      return new long[length];
    }
    longs = new long[Math.min(MAX_KEPT, Math.max(length, longs.length * 2))];
    return longs;
  }
}
