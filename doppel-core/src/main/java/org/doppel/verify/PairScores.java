package org.doppel.verify;

import org.doppel.shingle.ShingleSet;

/**
 * Exact overlap of two shingle sets A and B.
 *
 * @param shared number of shingles in both
 * @param sizeA number of distinct shingles of A
 * @param sizeB number of distinct shingles of B
 */
public record PairScores(int shared, int sizeA, int sizeB) {

  /** Checks the counts. */
  public PairScores {
    if (shared < 0 || shared > Math.min(sizeA, sizeB)) {
      throw new IllegalArgumentException(
          "shared must be in [0, min(sizeA, sizeB)], got "
              + shared
              + " of "
              + sizeA
              + ", "
              + sizeB);
    }
  }

  /** Scores two sets exactly. */
  public static PairScores of(ShingleSet a, ShingleSet b) {
    return new PairScores(a.intersectionSize(b), a.size(), b.size());
  }

  /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
  public double jaccard() {
    int union = sizeA + sizeB - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** |A ∩ B| / |A|: how much of A lies inside B. */
  public double containmentAInB() {
    return sizeA == 0 ? 0 : (double) shared / sizeA;
  }

  /** |A ∩ B| / |B|: how much of B lies inside A. */
  public double containmentBInA() {
    return sizeB == 0 ? 0 : (double) shared / sizeB;
  }

  /** The same scores with A and B swapped. */
  public PairScores swap() {
    return new PairScores(shared, sizeB, sizeA);
  }
}
