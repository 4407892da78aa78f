package org.doppel.bench.jmh;

import java.util.SplittableRandom;
import org.doppel.cluster.ClusterOptions;
import org.doppel.cluster.Clusterer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Clustering 100,000 documents from 100,000 verified links shaped like the generated corpora
 * (groups of 2 to 5 documents, all pairs linked, plus random cross links; one link in five weak, as
 * containment links are): doppel's non-chaining {@link Clusterer} against plain connected
 * components (union-find, what the peers get).
 */
public class ClusterBench extends StageBenchmark {

  private static final int NODES = 100_000;
  private int[] a;
  private int[] b;
  private double[] strength;
  private boolean[] weak;
  private final Clusterer clusterer = new Clusterer(ClusterOptions.defaults());

  /** Builds the links. */
  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(11);
    int[] la = new int[NODES * 2];
    int[] lb = new int[NODES * 2];
    int m = 0;
    int node = 0;
    while (node < NODES - 5 && m < NODES - 10) {
      int size = 2 + rnd.nextInt(4);
      for (int x = node; x < node + size; x++) {
        for (int y = x + 1; y < node + size; y++) {
          la[m] = x;
          lb[m] = y;
          m++;
        }
      }
      node += size + rnd.nextInt(3);
      if (rnd.nextInt(10) == 0) {
        la[m] = rnd.nextInt(NODES);
        lb[m] = rnd.nextInt(NODES);
        m++;
      }
    }
    a = java.util.Arrays.copyOf(la, m);
    b = java.util.Arrays.copyOf(lb, m);
    strength = new double[m];
    weak = new boolean[m];
    for (int i = 0; i < m; i++) {
      strength[i] = 0.3 + 0.7 * rnd.nextDouble();
      weak[i] = rnd.nextInt(5) == 0;
    }
  }

  /** Baseline: connected components by union-find. */
  @Benchmark
  public void baselineUnionFind(Blackhole bh) {
    int[] parent = new int[NODES];
    for (int i = 0; i < NODES; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < a.length; i++) {
      int x = find(parent, a[i]);
      int y = find(parent, b[i]);
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    bh.consume(parent);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** doppel: strongest link first, merges only with enough cross links. */
  @Benchmark
  public void clusterer(Blackhole bh) {
    bh.consume(clusterer.cluster(NODES, a, b, strength, weak));
  }
}
