package org.doppel.cluster;

import java.util.Arrays;

/**
 * Chooses the links that explain a clustering: for each cluster, a tree of shortest chains from its
 * representative. A member linked to the representative itself keeps that link; any other member
 * keeps its strongest link to a member one step closer to the representative. Clusterable links are
 * walked first; a member that only a passage link reaches (one that joined by {@link
 * ClusterOptions#attachByPassages()}) is reached through its strongest passage link, and the walk
 * goes on from it. A cluster of n nodes keeps n − 1 links when its links connect it, as {@link
 * Clusterer}'s clusters always are; a node no link reaches keeps none. Links between clusters are
 * never kept.
 */
public final class ClusterTrees {

  private ClusterTrees() {}

  /**
   * The links to keep.
   *
   * @param cluster the cluster of every node
   * @param representative the representative node of every cluster, by cluster number
   * @param a first node of each link
   * @param b second node of each link
   * @param strength strength of each link (the strongest is kept; ties: the earlier link)
   * @param clusterable whether each link is a clusterable one (else a passage link)
   * @return the indices of the links kept, ascending
   */
  public static int[] select(
      int[] cluster,
      int[] representative,
      int[] a,
      int[] b,
      double[] strength,
      boolean[] clusterable) {
    int n = cluster.length;
    int m = a.length;
    if (b.length != m || strength.length != m || clusterable.length != m) {
      throw new IllegalArgumentException("link arrays differ in length");
    }
    // the links inside each cluster, by node: start[v] .. start[v + 1] in links
    int[] start = new int[n + 1];
    for (int k = 0; k < m; k++) {
      if (a[k] != b[k] && cluster[a[k]] == cluster[b[k]]) {
        start[a[k] + 1]++;
        start[b[k] + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] links = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int k = 0; k < m; k++) {
      if (a[k] != b[k] && cluster[a[k]] == cluster[b[k]]) {
        links[fill[a[k]]++] = k;
        links[fill[b[k]]++] = k;
      }
    }
    Walk walk = new Walk(start, links, a, b, strength, clusterable, n);
    int[] layer = representative.clone();
    for (int r : layer) {
      walk.reached[r] = true;
    }
    while (layer.length > 0) {
      while (layer.length > 0) {
        layer = walk.step(layer, true);
      }
      layer = walk.step(walk.reachedNodes(), false);
    }
    int[] kept = Arrays.stream(walk.best).filter(k -> k >= 0).toArray();
    Arrays.sort(kept);
    return kept;
  }

  /** The state of one breadth-first walk from every representative at once. */
  private static final class Walk {
    private final int[] start;
    private final int[] links;
    private final int[] a;
    private final int[] b;
    private final double[] strength;
    private final boolean[] clusterable;
    final boolean[] reached;

    /** For every node reached, the link that reached it; -1 for representatives and the rest. */
    final int[] best;

    Walk(
        int[] start,
        int[] links,
        int[] a,
        int[] b,
        double[] strength,
        boolean[] clusterable,
        int n) {
      this.start = start;
      this.links = links;
      this.a = a;
      this.b = b;
      this.strength = strength;
      this.clusterable = clusterable;
      this.reached = new boolean[n];
      this.best = new int[n];
      Arrays.fill(best, -1);
    }

    /**
     * Reaches the nodes one link of the given kind away from {@code layer}, each by its best such
     * link into the layer, and returns them.
     */
    int[] step(int[] layer, boolean kind) {
      int[] next = new int[16];
      int size = 0;
      for (int u : layer) {
        for (int p = start[u]; p < start[u + 1]; p++) {
          int k = links[p];
          int v = a[k] == u ? b[k] : a[k];
          if (reached[v] || clusterable[k] != kind) {
            continue;
          }
          if (best[v] < 0) {
            if (size == next.length) {
              next = Arrays.copyOf(next, size * 2);
            }
            next[size++] = v;
            best[v] = k;
          } else if (strength[k] > strength[best[v]]
              || (strength[k] == strength[best[v]] && k < best[v])) {
            best[v] = k;
          }
        }
      }
      // reached only now: a link between two nodes of the next layer leads no closer
      for (int i = 0; i < size; i++) {
        reached[next[i]] = true;
      }
      return Arrays.copyOf(next, size);
    }

    /** Every node reached so far. */
    int[] reachedNodes() {
      int count = 0;
      for (boolean r : reached) {
        count += r ? 1 : 0;
      }
      int[] out = new int[count];
      for (int v = 0, i = 0; v < reached.length; v++) {
        if (reached[v]) {
          out[i++] = v;
        }
      }
      return out;
    }
  }
}
