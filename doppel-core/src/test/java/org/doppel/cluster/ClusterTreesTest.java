package org.doppel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.doppel.internal.Forest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterTreesTest {

  /**
   * Links {@code {a, b, clusterable ? 1 : 0}} of the given strengths, as the selection sees them.
   */
  private static int[] select(int[] cluster, int[] representative, int[][] links, double[] s) {
    int m = links.length;
    int[] a = new int[m];
    int[] b = new int[m];
    boolean[] clusterable = new boolean[m];
    for (int k = 0; k < m; k++) {
      a[k] = links[k][0];
      b[k] = links[k][1];
      clusterable[k] = links[k][2] == 1;
    }
    return ClusterTrees.select(cluster, representative, a, b, s, clusterable);
  }

  @Test
  void membersLinkedToTheRepresentativeKeepThatLinkOverStrongerOnes() {
    // 0 is the representative; 1 and 2 link to it weakly and to each other strongly
    int[][] links = {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}};
    int[] kept = select(new int[] {0, 0, 0}, new int[] {0}, links, new double[] {0.3, 0.4, 0.99});
    assertThat(kept).containsExactly(0, 1);
  }

  @Test
  void otherMembersKeepTheirStrongestLinkOneStepCloser() {
    // 0 represents; 1 and 2 link to it; 3 links to 1 (0.5), to 2 (0.7) and to 4 (0.9), 4 to 2
    int[][] links = {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}, {3, 4, 1}, {2, 4, 1}};
    double[] s = {0.9, 0.9, 0.5, 0.7, 0.9, 0.2};
    int[] kept = select(new int[] {0, 0, 0, 0, 0}, new int[] {0}, links, s);
    // 3 and 4 are both two steps away: each keeps its strongest link into the first layer
    assertThat(kept).containsExactly(0, 1, 3, 5);
  }

  @Test
  void equalStrengthsKeepTheEarlierLink() {
    int[][] links = {{0, 1, 1}, {0, 2, 1}, {2, 3, 1}, {1, 3, 1}};
    int[] kept =
        select(new int[] {0, 0, 0, 0}, new int[] {0}, links, new double[] {0.5, 0.5, 0.6, 0.6});
    assertThat(kept).containsExactly(0, 1, 2);
  }

  @Test
  void passageLinksReachOnlyWhatClusterableLinksDoNot() {
    // 1 shares a passage with the representative 0 but is a version of 2, which links to 0;
    // 3 joined by a passage with 2 alone, and 4 is a copy of 3
    int[][] links = {{0, 1, 0}, {0, 2, 1}, {1, 2, 1}, {2, 3, 0}, {3, 4, 1}};
    double[] s = {0.9, 0.5, 0.5, 0.1, 0.95};
    int[] kept = select(new int[] {0, 0, 0, 0, 0}, new int[] {0}, links, s);
    assertThat(kept).containsExactly(1, 2, 3, 4);
  }

  @Test
  void linksBetweenClustersAreNeverKept() {
    // clusters {0, 1} (represented by 1) and {2, 3} (represented by 3); 1-2 is the strongest link
    int[][] links = {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 3, 0}};
    int[] kept =
        select(new int[] {0, 0, 1, 1}, new int[] {1, 3}, links, new double[] {0.5, 0.99, 0.5, 0.9});
    assertThat(kept).containsExactly(0, 2);
  }

  @Test
  void singletonsKeepNothing() {
    int[][] none = {};
    assertThat(select(new int[] {0, 1, 2}, new int[] {0, 1, 2}, none, new double[0])).isEmpty();
  }

  /**
   * Random clusters, each a random connected graph (a random tree of clusterable and passage links
   * plus extra links), with random links between clusters: the links kept lie inside one cluster,
   * connect it with n − 1 of them, and reach every member by as few passage links as any path and,
   * where clusterable links alone reach it, in as few steps.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void keptLinksAreASpanningTreeOfEveryCluster(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 200;
    int[] cluster = new int[n];
    int clusters = 0;
    List<int[]> links = new ArrayList<>();
    for (int v = 0; v < n; ) {
      int size = Math.min(n - v, 1 + r.nextInt(r.nextBoolean() ? 3 : 40));
      for (int k = 0; k < size; k++) {
        cluster[v + k] = clusters;
        if (k > 0) {
          links.add(new int[] {v + r.nextInt(k), v + k, r.nextInt(5) == 0 ? 0 : 1});
        }
      }
      for (int extra = r.nextInt(size * 3 + 1); extra > 0; extra--) {
        int x = v + r.nextInt(size);
        int y = v + r.nextInt(size);
        if (x != y) {
          links.add(new int[] {Math.min(x, y), Math.max(x, y), r.nextInt(3) == 0 ? 0 : 1});
        }
      }
      v += size;
      clusters++;
    }
    for (int extra = 0; extra < 100; extra++) {
      int x = r.nextInt(n);
      int y = r.nextInt(n);
      if (cluster[x] != cluster[y]) {
        links.add(new int[] {x, y, r.nextInt(2)});
      }
    }
    int[] representative = new int[clusters];
    Arrays.fill(representative, -1);
    for (int v = 0; v < n; v++) {
      if (representative[cluster[v]] < 0 || r.nextInt(4) == 0) {
        representative[cluster[v]] = v;
      }
    }
    int[][] given = links.toArray(int[][]::new);
    double[] s = new double[given.length];
    for (int k = 0; k < s.length; k++) {
      s[k] = r.nextInt(10) / 10.0;
    }
    int[] kept = select(cluster, representative, given, s);

    assertThat(kept).hasSize(n - clusters).isSorted().doesNotHaveDuplicates();
    int[] parent = new int[n];
    Arrays.setAll(parent, v -> v);
    for (int k : kept) {
      assertThat(cluster[given[k][0]]).isEqualTo(cluster[given[k][1]]);
      Forest.join(parent, given[k][0], given[k][1]);
    }
    for (int v = 0; v < n; v++) {
      assertThat(Forest.root(parent, v))
          .as("node %d joins its representative", v)
          .isEqualTo(Forest.root(parent, representative[cluster[v]]));
    }
    int[] inside = inside(cluster, given);
    assertThat(distances(n, representative, given, kept, true))
        .as("passage links on the way")
        .isEqualTo(distances(n, representative, given, inside, true));
    assertThat(distances(n, representative, given, kept, false))
        .as("steps on clusterable links")
        .isEqualTo(distances(n, representative, given, inside, false));
  }

  /** The indices of the links that lie inside one cluster. */
  private static int[] inside(int[] cluster, int[][] links) {
    return java.util.stream.IntStream.range(0, links.length)
        .filter(k -> cluster[links[k][0]] == cluster[links[k][1]])
        .toArray();
  }

  /**
   * For every node, its distance from its cluster's representative on the links {@code used}: the
   * fewest passage links on any path ({@code passages}), or else the fewest steps on clusterable
   * links alone; {@code Integer.MAX_VALUE} where none leads (a 0-1 breadth-first search).
   */
  private static int[] distances(
      int n, int[] representative, int[][] links, int[] used, boolean passages) {
    List<List<int[]>> adjacent = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      adjacent.add(new ArrayList<>());
    }
    for (int k : used) {
      boolean clusterable = links[k][2] == 1;
      if (!passages && !clusterable) {
        continue;
      }
      int cost = passages ? (clusterable ? 0 : 1) : 1;
      adjacent.get(links[k][0]).add(new int[] {links[k][1], cost});
      adjacent.get(links[k][1]).add(new int[] {links[k][0], cost});
    }
    int[] far = new int[n];
    Arrays.fill(far, Integer.MAX_VALUE);
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int rep : representative) {
      far[rep] = 0;
      queue.add(rep);
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int[] e : adjacent.get(u)) {
        if (far[u] + e[1] < far[e[0]]) {
          far[e[0]] = far[u] + e[1];
          if (e[1] == 0) {
            queue.addFirst(e[0]);
          } else {
            queue.addLast(e[0]);
          }
        }
      }
    }
    return far;
  }
}
