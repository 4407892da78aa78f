package org.doppel.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.doppel.internal.Forest;

/**
 * Groups nodes into clusters from weighted links, strongest link first. A link between two nodes of
 * different clusters X and Y merges them only when the links between X and Y cover at least {@link
 * ClusterOptions#linkage()} of the |X|·|Y| possible pairs: a page that contains two unrelated
 * stories links to each, but the stories do not link to each other, so they stay apart. Then a
 * small cluster (at most {@link ClusterOptions#attachSize()} nodes) whose every link goes into one
 * other cluster, at least one of them strong or reaching a node that belongs to that cluster by a
 * strong link, joins it; with {@link ClusterOptions#attachByPassages()}, passage links count too
 * and any link suffices. The result does not depend on the order in which links are given (ties
 * break on node indices).
 */
public final class Clusterer {

  private final ClusterOptions options;

  /** A clusterer with the given options. */
  public Clusterer(ClusterOptions options) {
    this.options = options;
  }

  /**
   * Clusters {@code n} nodes.
   *
   * @param n number of nodes
   * @param a first node of each link
   * @param b second node of each link
   * @param strength strength of each link (larger merges first)
   * @param weak whether each link is weak (containment)
   * @return the cluster number of every node, numbered 0, 1, ... in order of each cluster's
   *     smallest node
   */
  public int[] cluster(int n, int[] a, int[] b, double[] strength, boolean[] weak) {
    return cluster(n, a, b, strength, weak, new int[0], new int[0]);
  }

  /**
   * Clusters {@code n} nodes as {@link #cluster(int, int[], int[], double[], boolean[])} does, with
   * passage links as well: pairs that share a passage and little else. They never merge clusters;
   * with {@link ClusterOptions#attachByPassages()} they count for attaching.
   *
   * @param n number of nodes
   * @param a first node of each link
   * @param b second node of each link
   * @param strength strength of each link (larger merges first)
   * @param weak whether each link is weak (containment)
   * @param passageA first node of each passage link
   * @param passageB second node of each passage link
   * @return the cluster number of every node, numbered 0, 1, ... in order of each cluster's
   *     smallest node
   */
  public int[] cluster(
      int n, int[] a, int[] b, double[] strength, boolean[] weak, int[] passageA, int[] passageB) {
    return cluster(n, a, b, strength, weak, passageA, passageB, 0);
  }

  /**
   * Clusters as {@link #cluster(int, int[], int[], double[], boolean[], int[], int[])} does, where
   * candidate search compared each node with at most {@code maxCompared} others of a bucket (its
   * bound on huge buckets): the pairs counted against a merge are then {@code |X| · min(|Y|,
   * maxCompared)} for the smaller cluster X, not all {@code |X| · |Y|}, since no more of them could
   * have been linked. Without that, thousands of copies of one story split into clusters of about
   * {@code maxCompared / linkage} each, at places that depend on the input order. Clusters smaller
   * than {@code maxCompared} are judged as before; {@code maxCompared <= 0} bounds nothing.
   */
  public int[] cluster(
      int n,
      int[] a,
      int[] b,
      double[] strength,
      boolean[] weak,
      int[] passageA,
      int[] passageB,
      int maxCompared) {
    if (passageA.length != passageB.length) {
      throw new IllegalArgumentException("passage link arrays differ in length");
    }
    int m = a.length;
    if (b.length != m || strength.length != m || weak.length != m) {
      throw new IllegalArgumentException("link arrays differ in length");
    }
    int[][] adjacency = adjacency(n, a, b, weak);
    int[] order = mergeOrder(a, b, strength);
    int[] parent = new int[n];
    int[][] members = new int[n][];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members[i] = new int[] {i};
      size[i] = 1;
    }
    // two clusters refused a merge, by their roots, with their sizes then: while neither has
    // changed (a root's set changes only as it grows), the next link between them is refused too,
    // without counting their links again
    Map<Long, Long> refused = new HashMap<>();
    for (int e : order) {
      int x = Forest.root(parent, a[e]);
      int y = Forest.root(parent, b[e]);
      if (x == y) {
        continue;
      }
      long key = (long) Math.min(x, y) << 32 | Math.max(x, y);
      long sizes = (long) size[Math.min(x, y)] << 32 | size[Math.max(x, y)];
      Long before = refused.get(key);
      if (before != null && before == sizes) {
        continue;
      }
      int small = size[x] <= size[y] ? x : y;
      int large = small == x ? y : x;
      long links = 0;
      long strong = 0;
      for (int k = 0; k < size[small]; k++) {
        for (int code : adjacency[members[small][k]]) {
          if (Forest.root(parent, code >>> 1) == large) {
            links++;
            strong += 1 - (code & 1);
          }
        }
      }
      int comparable = maxCompared > 0 ? Math.min(size[large], maxCompared) : size[large];
      double pairs = size[small] * (double) comparable;
      boolean merge = links >= options.linkage() * pairs && (strong > 0 || links > 0.5 * pairs);
      if (!merge) {
        refused.put(key, sizes);
      } else {
        parent[small] = large;
        int[] merged = Arrays.copyOf(members[large], size[large] + size[small]);
        System.arraycopy(members[small], 0, merged, size[large], size[small]);
        members[large] = merged;
        size[large] += size[small];
        members[small] = null;
      }
    }
    int[][] links =
        options.attachByPassages() ? withPassages(n, a, b, weak, passageA, passageB) : adjacency;
    attach(n, parent, size, members, adjacency, links);
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] out = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int r = Forest.root(parent, i);
      if (label[r] < 0) {
        label[r] = next++;
      }
      out[i] = label[r];
    }
    return out;
  }

  /**
   * The links in the order they are tried: strongest first, ties by the smaller node, then by the
   * larger, then by position. Sorted on one primitive key per link: the strength's rank and the
   * link's rank in (smaller node, larger node, position) order, which is its position when the
   * links come in that order, as {@code Dedup} gives them, and is found by two more sorts of one
   * key per link otherwise; no link is boxed.
   */
  static int[] mergeOrder(int[] a, int[] b, double[] strength) {
    int m = a.length;
    int[] pairRank = null; // link -> its rank by node pair, or null where that is its position
    int[] byPair = null; // rank by node pair -> link
    if (!byNodes(a, b)) {
      long[] pairs = new long[m];
      for (int e = 0; e < m; e++) {
        pairs[e] = (long) Math.min(a[e], b[e]) << 32 | Math.max(a[e], b[e]);
      }
      long[] sortedPairs = pairs.clone();
      Arrays.sort(sortedPairs);
      long[] keys = new long[m];
      for (int e = 0; e < m; e++) {
        // equal pairs find the same index (the search is deterministic), below every larger pair
        keys[e] = (long) Arrays.binarySearch(sortedPairs, pairs[e]) << 32 | e;
      }
      Arrays.sort(keys);
      pairRank = new int[m];
      byPair = new int[m];
      for (int k = 0; k < m; k++) {
        int e = (int) keys[k];
        pairRank[e] = k;
        byPair[k] = e;
      }
    }
    double[] levels = strength.clone();
    Arrays.sort(levels);
    int distinct = 0;
    for (int k = 0; k < m; k++) {
      if (distinct == 0 || Double.compare(levels[k], levels[distinct - 1]) != 0) {
        levels[distinct++] = levels[k];
      }
    }
    long[] keys = new long[m];
    for (int e = 0; e < m; e++) {
      long rank = (long) distinct - 1 - Arrays.binarySearch(levels, 0, distinct, strength[e]);
      keys[e] = rank << 32 | (pairRank == null ? e : pairRank[e]);
    }
    Arrays.sort(keys);
    int[] order = new int[m];
    for (int k = 0; k < m; k++) {
      order[k] = byPair == null ? (int) keys[k] : byPair[(int) keys[k]];
    }
    return order;
  }

  /** Whether the links come in order of (smaller node, larger node). */
  private static boolean byNodes(int[] a, int[] b) {
    for (int e = 1; e < a.length; e++) {
      int lo = Math.min(a[e], b[e]);
      int previousLo = Math.min(a[e - 1], b[e - 1]);
      if (lo < previousLo
          || (lo == previousLo && Math.max(a[e], b[e]) < Math.max(a[e - 1], b[e - 1]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Joins each cluster of at most {@code attachSize} nodes whose links all go into one other
   * cluster to that cluster, when at least one of those links is strong or reaches a node that
   * belongs to that cluster by a strong link: a story whose only link is that a digest page
   * contains it does not join the cluster the digest joined by containment alone (the digest holds
   * other stories). Every decision is taken on the clusters as they stand before any joins, so the
   * order of clusters does not matter and nothing chains: the cluster joined links to the small
   * one, so it can itself only join the small one. {@code links} are the links that count: {@code
   * adjacency} itself or, with {@link ClusterOptions#attachByPassages()}, also the passage links,
   * and then any link suffices.
   */
  private void attach(
      int n, int[] parent, int[] size, int[][] members, int[][] adjacency, int[][] links) {
    if (options.attachSize() == 0) {
      return;
    }
    int[] target = new int[n];
    Arrays.fill(target, -1);
    for (int r = 0; r < n; r++) {
      if (members[r] == null || size[r] > options.attachSize()) {
        continue;
      }
      int only = -1;
      boolean single = true;
      boolean strong = false;
      for (int k = 0; k < size[r] && single; k++) {
        for (int code : links[members[r][k]]) {
          int other = Forest.root(parent, code >>> 1);
          if (other == r) {
            continue;
          }
          if (only >= 0 && other != only) {
            single = false;
            break;
          }
          only = other;
          strong |=
              options.attachByPassages()
                  || (code & 1) == 0
                  || stronglyIn(code >>> 1, other, parent, adjacency);
        }
      }
      if (single && strong) {
        target[r] = only;
      }
    }
    for (int r = 0; r < n; r++) {
      if (target[r] >= 0) {
        Forest.join(parent, r, target[r]);
      }
    }
  }

  /**
   * The links that decide attaching with {@link ClusterOptions#attachByPassages()}: the clusterable
   * links and the passage links (coded as weak), as {@link #adjacency}.
   */
  private static int[][] withPassages(
      int n, int[] a, int[] b, boolean[] weak, int[] passageA, int[] passageB) {
    int m = a.length;
    int p = passageA.length;
    int[] x = Arrays.copyOf(a, m + p);
    int[] y = Arrays.copyOf(b, m + p);
    boolean[] w = Arrays.copyOf(weak, m + p);
    System.arraycopy(passageA, 0, x, m, p);
    System.arraycopy(passageB, 0, y, m, p);
    Arrays.fill(w, m, m + p, true);
    return adjacency(n, x, y, w);
  }

  /** Whether {@code node} has a strong link to another node of cluster {@code root}. */
  private static boolean stronglyIn(int node, int root, int[] parent, int[][] adjacency) {
    for (int code : adjacency[node]) {
      if ((code & 1) == 0 && Forest.root(parent, code >>> 1) == root) {
        return true;
      }
    }
    return false;
  }

  /** Neighbours of each node, coded as {@code node << 1 | weak}. */
  private static int[][] adjacency(int n, int[] a, int[] b, boolean[] weak) {
    int[] degree = new int[n];
    for (int i = 0; i < a.length; i++) {
      degree[a[i]]++;
      degree[b[i]]++;
    }
    int[][] adj = new int[n][];
    for (int i = 0; i < n; i++) {
      adj[i] = new int[degree[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < a.length; i++) {
      int w = weak[i] ? 1 : 0;
      adj[a[i]][fill[a[i]]++] = b[i] << 1 | w;
      adj[b[i]][fill[b[i]]++] = a[i] << 1 | w;
    }
    return adj;
  }

  @Override
  public String toString() {
    return "Clusterer(linkage="
        + options.linkage()
        + ", attach<="
        + options.attachSize()
        + (options.attachByPassages() ? " by links and passages" : "")
        + (options.attachByVocabulary() > 0
            ? ", then by vocabulary (cosine>=" + options.attachByVocabulary() + ")"
            : "")
        + ")";
  }
}
