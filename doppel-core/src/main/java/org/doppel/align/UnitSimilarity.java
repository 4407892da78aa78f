package org.doppel.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * tf-idf similarity between the units of A and B, with idf counted over the units of both (see
 * {@link #idf} for terms held by every unit).
 */
final class UnitSimilarity {

  /** Terms held by more units of B than this are not used to find seeds (very long texts only). */
  private static final int MAX_POSTINGS = 2000;

  /** Units seeding with more units of the other text than this are left out as repeats. */
  static final int MAX_SEEDS_PER_UNIT = 16;

  final Units a;
  final Units b;
  private final double[] idf;
  private final double[] sumA;
  private final double[] sumB;

  UnitSimilarity(Units a, Units b, int vocabularySize) {
    this.a = a;
    this.b = b;
    int[] df = new int[vocabularySize];
    a.addDocumentFrequencies(df);
    b.addDocumentFrequencies(df);
    idf = idf(df, a.count + b.count);
    sumA = new double[vocabularySize];
    sumB = new double[vocabularySize];
  }

  /**
   * The idf {@code log(n / df)} of every term over {@code n} units. A term held by every unit would
   * weigh {@code log(1) = 0}; it weighs {@code log((n + 1) / n)} instead, as if one more unit
   * without it existed: still less than any other term, and near 0 in long texts, but not 0, since
   * otherwise a sentence that two one-sentence texts share (or a text repeated) has no weight at
   * all and can never seed. Only terms in every unit change, so longer texts align as before.
   */
  static double[] idf(int[] df, int n) {
    double[] idf = new double[df.length];
    for (int t = 0; t < df.length; t++) {
      if (df[t] > 0) {
        idf[t] = df[t] >= n ? Math.log((n + 1.0) / n) : Math.log((double) n / df[t]);
      }
    }
    return idf;
  }

  /** Unit pairs {@code {i, j}} whose cosine and Dice both reach {@code threshold}. */
  List<int[]> seeds(double threshold) {
    int v = idf.length;
    int[] start = new int[v + 1];
    for (int u = 0; u < b.count; u++) {
      for (int t : b.terms[u]) {
        start[t + 1]++;
      }
    }
    for (int t = 0; t < v; t++) {
      start[t + 1] += start[t];
    }
    int[] fill = start.clone();
    int[] unit = new int[start[v]];
    double[] weight = new double[start[v]];
    double[] normB = new double[b.count];
    for (int u = 0; u < b.count; u++) {
      for (int k = 0; k < b.terms[u].length; k++) {
        int t = b.terms[u][k];
        double w = b.counts[u][k] * idf[t];
        unit[fill[t]] = u;
        weight[fill[t]++] = w;
        normB[u] += w * w;
      }
    }
    double[] dot = new double[b.count];
    int[] shared = new int[b.count];
    int[] touched = new int[b.count];
    long[] found = new long[16];
    int nf = 0;
    int[] perA = new int[a.count];
    int[] perB = new int[b.count];
    for (int i = 0; i < a.count; i++) {
      int nt = 0;
      double normA = 0;
      for (int k = 0; k < a.terms[i].length; k++) {
        int t = a.terms[i][k];
        double w = a.counts[i][k] * idf[t];
        normA += w * w;
        if (start[t + 1] - start[t] > MAX_POSTINGS) {
          continue;
        }
        for (int p = start[t]; p < start[t + 1]; p++) {
          int j = unit[p];
          if (shared[j] == 0) {
            touched[nt++] = j;
          }
          shared[j]++;
          dot[j] += w * weight[p];
        }
      }
      for (int x = 0; x < nt; x++) {
        int j = touched[x];
        double cos = normA == 0 || normB[j] == 0 ? 0 : dot[j] / Math.sqrt(normA * normB[j]);
        double dice = 2.0 * shared[j] / (a.terms[i].length + b.terms[j].length);
        if (cos >= threshold && dice >= threshold) {
          if (nf == found.length) {
            found = Arrays.copyOf(found, nf * 2);
          }
          found[nf++] = ((long) i << 32) | j;
          perA[i]++;
          perB[j]++;
        }
        dot[j] = 0;
        shared[j] = 0;
      }
    }
    // a unit that seeds with very many units of the other text (a caption printed on every page)
    // says nothing about where a passage goes, and would make joining quadratic: its seeds go
    List<int[]> out = new ArrayList<>(nf);
    for (int k = 0; k < nf; k++) {
      int i = (int) (found[k] >>> 32);
      int j = (int) found[k];
      if (perA[i] <= MAX_SEEDS_PER_UNIT && perB[j] <= MAX_SEEDS_PER_UNIT) {
        out.add(new int[] {i, j});
      }
    }
    return out;
  }

  /**
   * Cosine of the summed tf-idf vectors of units {@code [a0, a1]} of A and {@code [b0, b1]} of B.
   */
  double rangeCosine(int a0, int a1, int b0, int b1) {
    accumulate(a, a0, a1, sumA);
    accumulate(b, b0, b1, sumB);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int u = a0; u <= a1; u++) {
      for (int t : a.terms[u]) {
        double x = sumA[t];
        if (x != 0) {
          na += x * x;
          dot += x * sumB[t];
          sumA[t] = 0;
        }
      }
    }
    for (int u = b0; u <= b1; u++) {
      for (int t : b.terms[u]) {
        double y = sumB[t];
        if (y != 0) {
          nb += y * y;
          sumB[t] = 0;
        }
      }
    }
    return na == 0 || nb == 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
  }

  private void accumulate(Units units, int from, int to, double[] sum) {
    for (int u = from; u <= to; u++) {
      for (int k = 0; k < units.terms[u].length; k++) {
        int t = units.terms[u][k];
        sum[t] += units.counts[u][k] * idf[t];
      }
    }
  }
}
