package org.doppel.verify;

import java.io.Serializable;

/**
 * Turns exact pair scores into a {@link Relation}. Rules, first match wins:
 *
 * <ol>
 *   <li>{@code identical}: equal, non-empty shingle sets;
 *   <li>{@code near-duplicate}: Jaccard at least {@code nearDuplicate};
 *   <li>{@code version}: both containments at least {@code version};
 *   <li>contains or contained: one document has at least {@code contains} of its shingles inside
 *       the other;
 *   <li>{@code partial}: at least {@code partialShingles} shingles shared;
 *   <li>otherwise {@code unrelated}.
 * </ol>
 *
 * @param nearDuplicate Jaccard threshold for near-duplicates
 * @param version threshold on the smaller containment for versions
 * @param contains threshold on the larger containment for containment
 * @param partialShingles shared shingles that make a substantial passage
 */
public record RelationRule(
    double nearDuplicate, double version, double contains, int partialShingles)
    implements Serializable {

  /** Checks the thresholds. */
  public RelationRule {
    check("nearDuplicate", nearDuplicate);
    check("version", version);
    check("contains", contains);
    if (partialShingles < 1) {
      throw new IllegalArgumentException("partialShingles must be >= 1, got " + partialShingles);
    }
  }

  /** The calibrated defaults (see the README for how they were measured). */
  public static RelationRule defaults() {
    return new RelationRule(0.8, 0.5, 0.7, 8);
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
    if (Math.min(aInB, bInA) >= version) {
      return Relation.VERSION;
    }
    if (bInA >= contains && bInA >= aInB) {
      return Relation.CONTAINS;
    }
    if (aInB >= contains) {
      return Relation.CONTAINED;
    }
    if (s.shared() >= Math.min(partialShingles, Math.min(s.sizeA(), s.sizeB()))) {
      return Relation.PARTIAL;
    }
    return Relation.UNRELATED;
  }

  /** A copy with another near-duplicate threshold. */
  public RelationRule withNearDuplicate(double value) {
    return new RelationRule(value, version, contains, partialShingles);
  }

  /** A copy with another version threshold. */
  public RelationRule withVersion(double value) {
    return new RelationRule(nearDuplicate, value, contains, partialShingles);
  }

  /** A copy with another containment threshold. */
  public RelationRule withContains(double value) {
    return new RelationRule(nearDuplicate, version, value, partialShingles);
  }

  private static void check(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
    }
  }
}
