package org.doppel.align;

import java.io.Serializable;

/**
 * Settings of the {@link Aligner}. Sentence units with fewer than {@code minUnitWords} content
 * words are joined to the next one; two units seed a passage when both their tf-idf cosine and
 * their Dice overlap reach {@code seedSimilarity}; seeds closer than {@code maxGap} units on both
 * sides join one passage, which must keep a cosine of {@code validation}; passages shorter than
 * {@code minChars} on either side are dropped unless they cover half of the shorter text (so that
 * headlines and other texts of a few words still share their passages). When one side of the found
 * passages is under {@code 1 / summaryRatio} of the other, the pair is read as a summary and
 * re-aligned with {@code summaryGap}.
 *
 * @param minUnitWords content words a sentence unit needs to stand alone
 * @param seedSimilarity cosine and Dice threshold for seeds
 * @param maxGap largest distance, in units, between joined seeds
 * @param validation cosine a joined passage must keep
 * @param minChars shortest passage side kept, in characters, unless it covers half of the shorter
 *     text
 * @param summaryGap joining distance used for summaries
 * @param summaryRatio length ratio that marks a summary
 */
public record AlignOptions(
    int minUnitWords,
    double seedSimilarity,
    int maxGap,
    double validation,
    int minChars,
    int summaryGap,
    double summaryRatio)
    implements Serializable {

  /** Checks the settings. */
  public AlignOptions {
    if (minUnitWords < 1) {
      throw new IllegalArgumentException("minUnitWords must be >= 1, got " + minUnitWords);
    }
    if (!(seedSimilarity > 0 && seedSimilarity <= 1)) {
      throw new IllegalArgumentException("seedSimilarity must be in (0, 1], got " + seedSimilarity);
    }
    if (maxGap < 1 || summaryGap < maxGap) {
      throw new IllegalArgumentException(
          "need 1 <= maxGap <= summaryGap, got " + maxGap + ", " + summaryGap);
    }
    if (!(validation >= 0 && validation <= 1)) {
      throw new IllegalArgumentException("validation must be in [0, 1], got " + validation);
    }
    if (minChars < 0) {
      throw new IllegalArgumentException("minChars must be >= 0, got " + minChars);
    }
    if (!(summaryRatio >= 1)) {
      throw new IllegalArgumentException("summaryRatio must be >= 1, got " + summaryRatio);
    }
  }

  /** The defaults, tuned on the PAN 2013 text-alignment training corpus (see docs/compare.md). */
  public static AlignOptions defaults() {
    return new AlignOptions(3, 0.31, 4, 0.34, 150, 24, 3.0);
  }

  /** A copy with another shortest passage side. */
  public AlignOptions withMinChars(int value) {
    return new AlignOptions(
        minUnitWords, seedSimilarity, maxGap, validation, value, summaryGap, summaryRatio);
  }

  /** A copy with another seed threshold. */
  public AlignOptions withSeedSimilarity(double value) {
    return new AlignOptions(
        minUnitWords, value, maxGap, validation, minChars, summaryGap, summaryRatio);
  }

  /** A copy with another joining distance. */
  public AlignOptions withMaxGap(int value) {
    return new AlignOptions(
        minUnitWords, seedSimilarity, value, validation, minChars, summaryGap, summaryRatio);
  }
}
