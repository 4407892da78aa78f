package org.doppel.lsh;

import java.io.Serializable;
import java.util.Locale;

/**
 * A banding of sketch components: {@code bands} bands of {@code rows} components each. Two sets
 * with Jaccard similarity J become candidates with probability {@code 1 - (1 - J^rows)^bands}, the
 * S-curve.
 *
 * @param bands number of bands
 * @param rows components per band
 */
public record LshParams(int bands, int rows) implements Serializable {

  /** Checks the parameters. */
  public LshParams {
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be >= 1, got " + bands);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1, got " + rows);
    }
  }

  /** Probability that two sets of Jaccard similarity {@code j} share at least one bucket. */
  public double probability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /**
   * Picks (bands, rows) with {@code bands * rows <= components} that minimises the weighted area of
   * false positives below {@code threshold} and false negatives above it, as datasketch does. A
   * false negative is lost for good while a false positive only costs one exact verification, so
   * doppel weights misses {@code fnWeight} (default 0.9) against false positives.
   *
   * @param threshold the Jaccard similarity to be found
   * @param components sketch components available
   * @param fnWeight weight of false negatives in (0, 1); false positives get {@code 1 - fnWeight}
   * @return the best banding
   */
  public static LshParams forThreshold(double threshold, int components, double fnWeight) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    if (!(fnWeight > 0 && fnWeight < 1)) {
      throw new IllegalArgumentException("fnWeight must be in (0, 1), got " + fnWeight);
    }
    LshParams best = null;
    double bestError = Double.MAX_VALUE;
    for (int rows = 1; rows <= components; rows++) {
      for (int bands = 1; bands * rows <= components; bands++) {
        LshParams p = new LshParams(bands, rows);
        double fp = p.area(0, threshold, false);
        double fn = p.area(threshold, 1, true);
        double error = (1 - fnWeight) * fp + fnWeight * fn;
        if (error < bestError - 1e-12) {
          bestError = error;
          best = p;
        }
      }
    }
    return best;
  }

  private double area(double from, double to, boolean misses) {
    int steps = 200;
    double h = (to - from) / steps;
    double sum = 0;
    for (int i = 0; i < steps; i++) {
      double p = probability(from + (i + 0.5) * h);
      sum += misses ? 1 - p : p;
    }
    return sum * h;
  }

  /** Number of sketch components used. */
  public int components() {
    return bands * rows;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LSH(bands=%d, rows=%d)", bands, rows);
  }
}
