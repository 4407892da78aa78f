package org.doppel.verify;

import java.io.Serializable;

/**
 * Turns exact pair scores into a {@link Relation}. With C1 the smaller and C2 the larger of the two
 * containments, the rules are, first match wins:
 *
 * <ol>
 *   <li>{@code identical}: equal, non-empty shingle sets;
 *   <li>{@code near-duplicate}: Jaccard at least {@code nearDuplicate};
 *   <li>contains or contained: C2 at least {@code contains} and C1 below {@code twoWay} (one
 *       document holds most of the other, not the other way round), with at least {@code
 *       partialShingles} shingles shared;
 *   <li>{@code version}: C1 at least {@code versionMin} and C2 at least {@code versionMax} (both
 *       documents carry a real part of the other: an update, a rewrite, a reprint with edits), with
 *       at least {@code partialShingles} shingles shared (on very short texts a few common phrases
 *       would otherwise make a large containment) and, when C1 is below {@code twoWay}, at least
 *       {@code versionSentences} whole sentences (stories written to one template share phrases,
 *       not sentences; over a corpus, a sentence that more than {@code sentenceStories} stories
 *       hold is a template sentence and does not count); or, when they share a whole paragraph, C1
 *       at least {@code anchoredMin} and C2 at least {@code anchoredMax}; and, where {@link
 *       #differentFigures} applies, only then {@code partial} (by {@link org.doppel.Dedup});
 *   <li>{@code partial}: at least {@code partialShingles} shingles shared;
 *   <li>otherwise {@code unrelated}.
 * </ol>
 *
 * @param nearDuplicate Jaccard threshold for near-duplicates
 * @param contains threshold on the larger containment for containment
 * @param twoWay smaller containment from which a pair counts as two-way (a version), not as
 *     containment
 * @param versionMin threshold on the smaller containment for versions
 * @param versionMax threshold on the larger containment for versions
 * @param anchoredMin threshold on the smaller containment for versions that share a paragraph
 * @param anchoredMax threshold on the larger containment for versions that share a paragraph
 * @param partialShingles shared shingles that make a substantial passage
 * @param versionSentences whole anchor sentences a version without a shared paragraph must share
 *     when its smaller containment is below {@code twoWay} (not asked when the scores carry no
 *     sentence evidence)
 * @param sentenceStories stories of a corpus that may hold a shared sentence for it to count toward
 *     {@code versionSentences}, at most (a story: documents joined by identical and near-duplicate
 *     links); 0 for no limit. Applied by {@link org.doppel.Dedup}, which sees the corpus, through
 *     the sentence count it gives {@link #classify}
 * @param figureOverlap share of figures a version must have in common when both texts state figures
 *     ({@link #differentFigures}); 0 for no such test
 */
public record RelationRule(
    double nearDuplicate,
    double contains,
    double twoWay,
    double versionMin,
    double versionMax,
    double anchoredMin,
    double anchoredMax,
    int partialShingles,
    int versionSentences,
    int sentenceStories,
    double figureOverlap)
    implements Serializable {

  /** Checks the thresholds. */
  public RelationRule {
    check("nearDuplicate", nearDuplicate);
    check("contains", contains);
    check("twoWay", twoWay);
    check("versionMin", versionMin);
    check("versionMax", versionMax);
    check("anchoredMin", anchoredMin);
    check("anchoredMax", anchoredMax);
    if (partialShingles < 1) {
      throw new IllegalArgumentException("partialShingles must be >= 1, got " + partialShingles);
    }
    if (versionSentences < 0) {
      throw new IllegalArgumentException("versionSentences must be >= 0, got " + versionSentences);
    }
    if (sentenceStories < 0) {
      throw new IllegalArgumentException("sentenceStories must be >= 0, got " + sentenceStories);
    }
    if (!(figureOverlap >= 0 && figureOverlap <= 1)) {
      throw new IllegalArgumentException("figureOverlap must be in [0, 1], got " + figureOverlap);
    }
  }

  /**
   * The calibrated defaults, for news and web text: stories written to one template stay apart (see
   * the README for how they were measured).
   */
  public static RelationRule defaults() {
    return new RelationRule(0.8, 0.7, 0.5, 0.25, 0.4, 0.1, 0.2, 8, 1, 8, 0.25);
  }

  /**
   * For revision histories (wikis, archives of one site): later revisions may rewrite most of a
   * text, so a smaller overlap makes a version even without a shared paragraph. On news wire this
   * also joins stories written to one template.
   */
  public static RelationRule revisions() {
    return defaults().withVersion(0.1, 0.2).withVersionSentences(0);
  }

  /** The relation of A to B. */
  public Relation classify(PairScores s) {
    if (s.shared() == 0) {
      return Relation.UNRELATED;
    }
    if (s.shared() == s.sizeA() && s.shared() == s.sizeB()) {
      return Relation.IDENTICAL;
    }
    if (s.jaccard() >= nearDuplicate) {
      return Relation.NEAR_DUPLICATE;
    }
    double aInB = s.containmentAInB();
    double bInA = s.containmentBInA();
    double low = Math.min(aInB, bInA);
    double high = Math.max(aInB, bInA);
    boolean substantial = s.shared() >= partialShingles;
    if (substantial && high >= contains && low < twoWay) {
      return bInA >= aInB ? Relation.CONTAINS : Relation.CONTAINED;
    }
    if (substantial
        && (s.sharedParagraphs() > 0
            ? low >= anchoredMin && high >= anchoredMax
            : low >= versionMin
                && high >= versionMax
                && (!asksForSentences(s)
                    || s.sharedSentences() == PairScores.SENTENCES_UNKNOWN
                    || s.sharedSentences() >= versionSentences))) {
      return Relation.VERSION;
    }
    if (s.shared() >= Math.min(partialShingles, Math.min(s.sizeA(), s.sizeB()))) {
      return Relation.PARTIAL;
    }
    return Relation.UNRELATED;
  }

  /**
   * Whether a version with these scores needs {@code versionSentences} shared sentences: it shares
   * no whole paragraph and less than {@code twoWay} of one of the texts.
   */
  public boolean asksForSentences(PairScores s) {
    return s.sharedParagraphs() == 0 && Math.min(s.containmentAInB(), s.containmentBInA()) < twoWay;
  }

  /** A copy with another near-duplicate threshold. */
  public RelationRule withNearDuplicate(double value) {
    return new RelationRule(
        value,
        contains,
        twoWay,
        versionMin,
        versionMax,
        anchoredMin,
        anchoredMax,
        partialShingles,
        versionSentences,
        sentenceStories,
        figureOverlap);
  }

  /** A copy with other version thresholds (for pairs without a shared paragraph). */
  public RelationRule withVersion(double min, double max) {
    return new RelationRule(
        nearDuplicate,
        contains,
        twoWay,
        min,
        max,
        anchoredMin,
        anchoredMax,
        partialShingles,
        versionSentences,
        sentenceStories,
        figureOverlap);
  }

  /** A copy with other version thresholds for pairs that share a paragraph. */
  public RelationRule withAnchoredVersion(double min, double max) {
    return new RelationRule(
        nearDuplicate,
        contains,
        twoWay,
        versionMin,
        versionMax,
        min,
        max,
        partialShingles,
        versionSentences,
        sentenceStories,
        figureOverlap);
  }

  /** A copy with another containment threshold. */
  public RelationRule withContains(double value) {
    return new RelationRule(
        nearDuplicate,
        value,
        twoWay,
        versionMin,
        versionMax,
        anchoredMin,
        anchoredMax,
        partialShingles,
        versionSentences,
        sentenceStories,
        figureOverlap);
  }

  /** A copy asking versions without a shared paragraph to share {@code value} whole sentences. */
  public RelationRule withVersionSentences(int value) {
    return new RelationRule(
        nearDuplicate,
        contains,
        twoWay,
        versionMin,
        versionMax,
        anchoredMin,
        anchoredMax,
        partialShingles,
        value,
        sentenceStories,
        figureOverlap);
  }

  /**
   * A copy in which a shared sentence counts toward {@code versionSentences} only when at most
   * {@code value} stories of the corpus hold it (0: no limit).
   */
  public RelationRule withSentenceStories(int value) {
    return new RelationRule(
        nearDuplicate,
        contains,
        twoWay,
        versionMin,
        versionMax,
        anchoredMin,
        anchoredMax,
        partialShingles,
        versionSentences,
        value,
        figureOverlap);
  }

  /**
   * A copy in which a version whose figures mostly differ is only {@code partial} ({@link
   * #differentFigures}; 0 turns the test off).
   */
  public RelationRule withFigureOverlap(double value) {
    return new RelationRule(
        nearDuplicate,
        contains,
        twoWay,
        versionMin,
        versionMax,
        anchoredMin,
        anchoredMax,
        partialShingles,
        versionSentences,
        sentenceStories,
        value);
  }

  /** The larger figure set may hold at most this many times the smaller's figures. */
  public static final int FIGURE_COUNT_RATIO = 2;

  /**
   * Whether two texts state different facts in one frame: each holds at least 2 figures (numbers
   * such as "2.5", "6-3/16", "1,229"; boilerplate left out), the larger set at most {@link
   * #FIGURE_COUNT_RATIO} times the smaller, and fewer than {@code figureOverlap} of the smaller
   * set's figures are in both. A pair that would be a {@code version} is then {@code partial}:
   * notices written to one template ("The Federal Reserve entered the U.S. Government securities
   * market to arrange 2.5 billion dlrs of customer repurchase agreements" against the same
   * sentence, another day, with 1.5 billion) share most of their words but none of their figures,
   * while an update of a story keeps most of its figures. Applied by {@link org.doppel.Dedup},
   * which holds the figures.
   *
   * @param shared figures in both texts
   * @param figuresA distinct figures of text A
   * @param figuresB distinct figures of text B
   */
  public boolean differentFigures(int shared, int figuresA, int figuresB) {
    int fewer = Math.min(figuresA, figuresB);
    return figureOverlap > 0
        && fewer >= 2
        && Math.max(figuresA, figuresB) <= (long) FIGURE_COUNT_RATIO * fewer
        && shared < figureOverlap * fewer;
  }

  private static void check(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
    }
  }
}
