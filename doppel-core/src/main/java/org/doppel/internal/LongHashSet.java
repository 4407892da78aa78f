package org.doppel.internal;

import java.util.Arrays;

/** An open-addressing set of longs (no boxing); {@code Long.MIN_VALUE} cannot be stored. */
public final class LongHashSet {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table;
  private int size;

  /** An empty set sized for about {@code expected} elements. */
  public LongHashSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    table = new long[cap];
    Arrays.fill(table, EMPTY);
  }

  /** Adds {@code v}; returns true when it was not there yet. */
  public boolean add(long v) {
    if (v == EMPTY) {
      throw new IllegalArgumentException("Long.MIN_VALUE cannot be stored");
    }
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = (int) spread(v) & mask;
    while (true) {
      long t = table[i];
      if (t == EMPTY) {
        table[i] = v;
        size++;
        return true;
      }
      if (t == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /** True when {@code v} is in the set. */
  public boolean contains(long v) {
    int mask = table.length - 1;
    int i = (int) spread(v) & mask;
    while (true) {
      long t = table[i];
      if (t == EMPTY) {
        return false;
      }
      if (t == v) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  /** The elements, in no particular order. */
  public long[] toArray() {
    long[] out = new long[size];
    int n = 0;
    for (long t : table) {
      if (t != EMPTY) {
        out[n++] = t;
      }
    }
    return out;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    Arrays.fill(table, EMPTY);
    size = 0;
    for (long t : old) {
      if (t != EMPTY) {
        add(t);
      }
    }
  }

  private static long spread(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
