package org.doppel.internal;

import java.util.Arrays;

/** An open-addressing map from long to int (no boxing); {@code Long.MIN_VALUE} is not a key. */
public final class LongIntHashMap {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;

  /** An empty map sized for about {@code expected} entries. */
  public LongIntHashMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(keys, EMPTY);
  }

  /** Adds {@code delta} to the value of {@code key} (0 when absent); returns the new value. */
  public int add(long key, int delta) {
    int i = slot(key);
    if (keys[i] == EMPTY) {
      if ((size + 1) * 2 > keys.length) {
        grow();
        i = slot(key);
      }
      keys[i] = key;
      size++;
    }
    values[i] += delta;
    return values[i];
  }

  /** The value of {@code key}, or {@code missing} when absent. */
  public int get(long key, int missing) {
    int i = slot(key);
    return keys[i] == EMPTY ? missing : values[i];
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /** Calls {@code action} for every entry, in no particular order. */
  public void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  /** Receives one entry. */
  @FunctionalInterface
  public interface Entry {
    /** Receives {@code key} and its {@code value}. */
    void accept(long key, int value);
  }

  private int slot(long key) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
    }
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 29)) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = slot(oldKeys[i]);
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
        size++;
      }
    }
  }
}
