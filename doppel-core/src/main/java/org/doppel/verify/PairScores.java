package org.doppel.verify;

import org.doppel.shingle.ShingleSet;

/**
 * Exact overlap of two documents A and B: of their shingle sets, and of their anchor paragraphs
 * (distinct paragraphs of some length that are not boilerplate, compared whole after folding).
 *
 * @param shared number of shingles in both
 * @param sizeA number of distinct shingles of A
 * @param sizeB number of distinct shingles of B
 * @param sharedParagraphs number of anchor paragraphs in both
 */
public record PairScores(int shared, int sizeA, int sizeB, int sharedParagraphs) {

  /** Checks the counts. */
  public PairScores {
    if (sharedParagraphs < 0) {
      throw new IllegalArgumentException("sharedParagraphs must be >= 0, got " + sharedParagraphs);
    }
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

  /** Scores of shingles alone, without paragraph evidence. */
  public PairScores(int shared, int sizeA, int sizeB) {
    this(shared, sizeA, sizeB, 0);
  }

  /** Scores two sets exactly, without paragraph evidence. */
  public static PairScores of(ShingleSet a, ShingleSet b) {
    return new PairScores(a.intersectionSize(b), a.size(), b.size());
  }

  /**
   * Scores two documents exactly: their shingle sets, and their sorted anchor paragraph hashes
   * ({@link org.doppel.shingle.Shingler#anchorParagraphs}).
   */
  public static PairScores of(ShingleSet a, ShingleSet b, long[] anchorsA, long[] anchorsB) {
    return new PairScores(
        a.intersectionSize(b),
        a.size(),
        b.size(),
        ShingleSet.intersectionSize(anchorsA, anchorsA.length, anchorsB, anchorsB.length));
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
    return new PairScores(shared, sizeB, sizeA, sharedParagraphs);
  }
}
