package org.doppel.text;

/** The 64-bit finaliser of MurmurHash3, used to spread combined hashes. */
public final class Mix {

  private Mix() {}

  /** Mixes all bits of {@code h} into all bits of the result (a bijection). */
  public static long fmix64(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
