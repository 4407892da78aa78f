package org.doppel.cli.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted clustering with gold groups over the same documents.
 *
 * @param documents documents scored
 * @param ari Adjusted Rand Index (Hubert and Arabie 1985), 1 for perfect agreement, about 0 for
 *     chance
 * @param precision share of predicted same-cluster pairs that are gold same-group pairs
 * @param recall share of gold same-group pairs that are predicted same-cluster pairs
 * @param f1 harmonic mean of precision and recall
 * @param predictedClusters clusters predicted
 * @param goldGroups gold groups
 */
public record ClusterScores(
    int documents,
    double ari,
    double precision,
    double recall,
    double f1,
    int predictedClusters,
    int goldGroups) {

  /**
   * Scores {@code predicted} against {@code gold}, both giving a label per document at the same
   * index. Two partitions that are both all singletons, or both one cluster, agree perfectly (ARI
   * 1, as scikit-learn has it); fewer than two documents have no pairs to score at all.
   *
   * @throws IllegalArgumentException when the lists differ in length or hold fewer than two labels
   */
  public static ClusterScores of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("label lists differ in length");
    }
    int n = predicted.size();
    if (n < 2) {
      throw new IllegalArgumentException(n + " document(s): no pairs to score");
    }
    Map<String, Long> a = new HashMap<>();
    Map<String, Long> b = new HashMap<>();
    Map<String, Long> ab = new HashMap<>();
    for (int i = 0; i < n; i++) {
      a.merge(predicted.get(i), 1L, Long::sum);
      b.merge(gold.get(i), 1L, Long::sum);
      ab.merge(predicted.get(i) + "\u0000" + gold.get(i), 1L, Long::sum);
    }
    double sumAb = ab.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double sumA = a.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double sumB = b.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double total = pairs(n);
    double expected = total == 0 ? 0 : sumA * sumB / total;
    double max = (sumA + sumB) / 2;
    double ari = max == expected ? 1.0 : (sumAb - expected) / (max - expected);
    double precision = sumA == 0 ? 1 : sumAb / sumA;
    double recall = sumB == 0 ? 1 : sumAb / sumB;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClusterScores(n, ari, precision, recall, f1, a.size(), b.size());
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }
}
