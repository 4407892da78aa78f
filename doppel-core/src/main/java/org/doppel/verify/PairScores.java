package org.doppel.verify;

import org.doppel.shingle.ShingleSet;

/**
 * Exact overlap of two documents A and B: of their shingle sets, of their anchor paragraphs
 * (distinct paragraphs of some length that are not boilerplate, compared whole after folding), and
 * of their anchor sentences (the same for sentences).
 *
 * @param shared number of shingles in both
 * @param sizeA number of distinct shingles of A
 * @param sizeB number of distinct shingles of B
 * @param sharedParagraphs number of anchor paragraphs in both
 * @param sharedSentences number of anchor sentences in both, or {@link #SENTENCES_UNKNOWN} when
 *     they were not compared (a {@link RelationRule} then does not ask for them)
 */
public record PairScores(
    int shared, int sizeA, int sizeB, int sharedParagraphs, int sharedSentences) {

  /** {@link #sharedSentences()} of scores computed without sentences. */
  public static final int SENTENCES_UNKNOWN = -1;

  /** Checks the counts. */
  public PairScores {
    if (sharedParagraphs < 0) {
      throw new IllegalArgumentException("sharedParagraphs must be >= 0, got " + sharedParagraphs);
    }
    if (sharedSentences < SENTENCES_UNKNOWN) {
      throw new IllegalArgumentException("sharedSentences must be >= -1, got " + sharedSentences);
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

  /** Scores of shingles alone, without paragraph or sentence evidence. */
  public PairScores(int shared, int sizeA, int sizeB) {
    this(shared, sizeA, sizeB, 0, SENTENCES_UNKNOWN);
  }

  /** Scores of shingles and anchor paragraphs, without sentence evidence. */
  public PairScores(int shared, int sizeA, int sizeB, int sharedParagraphs) {
    this(shared, sizeA, sizeB, sharedParagraphs, SENTENCES_UNKNOWN);
  }

  /** Scores two sets exactly, without paragraph evidence. */
  public static PairScores of(ShingleSet a, ShingleSet b) {
    return new PairScores(a.intersectionSize(b), a.size(), b.size());
  }

  /**
   * Scores two documents exactly: their shingle sets, their sorted anchor paragraph hashes ({@link
   * org.doppel.shingle.Shingler#anchorParagraphs}) and their sorted anchor sentence hashes ({@link
   * org.doppel.shingle.Shingler#anchorSentences}).
   */
  public static PairScores of(
      ShingleSet a,
      ShingleSet b,
      long[] anchorsA,
      long[] anchorsB,
      long[] sentencesA,
      long[] sentencesB) {
    return new PairScores(
        a.intersectionSize(b),
        a.size(),
        b.size(),
        ShingleSet.intersectionSize(anchorsA, anchorsA.length, anchorsB, anchorsB.length),
        ShingleSet.intersectionSize(sentencesA, sentencesA.length, sentencesB, sentencesB.length));
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
    return new PairScores(shared, sizeB, sizeA, sharedParagraphs, sharedSentences);
  }
}
