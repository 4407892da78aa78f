package org.doppel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustererTest {

  private final Clusterer clusterer = new Clusterer(ClusterOptions.defaults());

  /**
   * Links as candidate search gives them for {@code n} near-duplicates that share one huge bucket:
   * each node linked to its {@code cap} followers in input order only; {@code order[k]} is the node
   * at input position k.
   */
  private static int[] cappedCopies(
      Clusterer clusterer, int n, int cap, int[] order, int maxCompared) {
    java.util.List<int[]> links = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j <= Math.min(n - 1, i + cap); j++) {
        links.add(new int[] {order[i], order[j], 0});
      }
    }
    return clusterLinks(clusterer, n, links, k -> 0.97, maxCompared);
  }

  /**
   * Clusters {@code n} nodes linked by {@code links} ({@code {a, b, weak ? 1 : 0}} each), link k of
   * strength {@code strength(k)}, with {@code maxCompared} as the bound on compared pairs.
   */
  private static int[] clusterLinks(
      Clusterer clusterer,
      int n,
      java.util.List<int[]> links,
      java.util.function.IntToDoubleFunction strength,
      int maxCompared) {
    int m = links.size();
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    boolean[] w = new boolean[m];
    for (int k = 0; k < m; k++) {
      a[k] = links.get(k)[0];
      b[k] = links.get(k)[1];
      w[k] = links.get(k)[2] == 1;
      s[k] = strength.applyAsDouble(k);
    }
    return clusterer.cluster(n, a, b, s, w, new int[0], new int[0], maxCompared);
  }

  /**
   * Candidate search pairs the members of a huge bucket with their followers in input order, the
   * order of node numbers here; shuffled input is checked end to end in DedupTest.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1500, 2500, 5000})
  void thousandsOfCopiesComparedWithTheirNeighboursOnlyStayOneCluster(int n) {
    int[] order = java.util.stream.IntStream.range(0, n).toArray();
    assertThat(cappedCopies(clusterer, n, 200, order, 200)).containsOnly(0);
    // without the bound, the pairs never compared count against every merge: the copies split
    assertThat(java.util.Arrays.stream(cappedCopies(clusterer, n, 200, order, 0)).max().getAsInt())
        .isPositive();
  }

  @Test
  void theBoundOnComparedPairsDoesNotLetAPageChainTwoLargeStories() {
    // stories of 300 copies each (0..299, 300..599), copies linked to their 200 followers; node
    // 600 is a page that contains both stories: it links weakly to all 600
    int n = 601;
    java.util.List<int[]> links = new java.util.ArrayList<>();
    for (int story = 0; story < 2; story++) {
      for (int i = 0; i < 300; i++) {
        for (int j = i + 1; j <= Math.min(299, i + 200); j++) {
          links.add(new int[] {story * 300 + i, story * 300 + j, 0});
        }
      }
    }
    for (int i = 0; i < 600; i++) {
      links.add(new int[] {600, i, 1});
    }
    int[] c = clusterLinks(clusterer, n, links, k -> links.get(k)[2] == 1 ? 0.3 : 0.95, 200);
    assertThat(c[0]).isEqualTo(c[299]);
    assertThat(c[300]).isEqualTo(c[599]);
    assertThat(c[0]).isNotEqualTo(c[300]);
  }

  @Test
  void aPageHoldingTwoStoriesDoesNotChainThem() {
    // 0 = page that contains stories 1 and 2; 1 and 2 do not link
    int[] c =
        clusterer.cluster(
            3,
            new int[] {0, 0},
            new int[] {1, 2},
            new double[] {0.3, 0.2},
            new boolean[] {true, true});
    assertThat(c[0]).isEqualTo(c[1]);
    assertThat(c[2]).isNotEqualTo(c[1]);
  }

  @Test
  void anExcerptJoinsAllCopiesOfItsStory() {
    // 0,1,2 reprints of one story (strong links), 3 an excerpt contained in each
    int[] c =
        clusterer.cluster(
            4,
            new int[] {0, 0, 1, 3, 3, 3},
            new int[] {1, 2, 2, 0, 1, 2},
            new double[] {0.9, 0.9, 0.9, 0.2, 0.2, 0.2},
            new boolean[] {false, false, false, true, true, true});
    assertThat(c).containsOnly(0);
  }

  @Test
  void versionsChainThroughStrongLinks() {
    int[] c =
        clusterer.cluster(
            4,
            new int[] {0, 1, 2},
            new int[] {1, 2, 3},
            new double[] {0.6, 0.5, 0.4},
            new boolean[] {false, false, false});
    assertThat(c).containsOnly(0);
  }

  @Test
  void resultDoesNotDependOnLinkOrder() {
    int[] a = {0, 2, 4, 1, 0};
    int[] b = {1, 3, 5, 2, 5};
    double[] s = {0.9, 0.8, 0.7, 0.3, 0.3};
    boolean[] w = {false, false, false, true, false};
    int[] forward = clusterer.cluster(6, a, b, s, w);
    int[] reversed =
        clusterer.cluster(
            6,
            new int[] {0, 1, 4, 2, 0},
            new int[] {5, 2, 5, 3, 1},
            new double[] {0.3, 0.3, 0.7, 0.8, 0.9},
            new boolean[] {false, true, false, false, false});
    assertThat(reversed).isEqualTo(forward);
  }

  /** Links of a six-version story 0..5 (every pair, strong) plus the given extra links. */
  private static int[] clusterStory(ClusterOptions options, int n, int[][] extra, boolean weak) {
    java.util.List<int[]> links = new java.util.ArrayList<>();
    for (int x = 0; x < 6; x++) {
      for (int y = x + 1; y < 6; y++) {
        links.add(new int[] {x, y, 0});
      }
    }
    for (int[] e : extra) {
      links.add(new int[] {e[0], e[1], weak ? 1 : 0});
    }
    return clusterLinks(new Clusterer(options), n, links, k -> k < 15 ? 0.6 : 0.1, 0);
  }

  @Test
  void aStubThatMatchesOnlyTheFirstVersionJoinsTheStory() {
    // 6 is a stub that is a version of 0 only: 1 link of 6 possible is below the linkage
    int[][] stub = {{6, 0}};
    assertThat(clusterStory(ClusterOptions.defaults(), 7, stub, false)).containsOnly(0);
    int[] apart = clusterStory(ClusterOptions.defaults().withAttachSize(0), 7, stub, false);
    assertThat(apart[6]).isNotEqualTo(apart[0]);
  }

  @Test
  void aStubThatMatchesTwoStoriesJoinsNeither() {
    // 6..11 a second story; the stub 12 links to a version of each
    java.util.List<int[]> extra = new java.util.ArrayList<>();
    for (int x = 6; x < 12; x++) {
      for (int y = x + 1; y < 12; y++) {
        extra.add(new int[] {x, y});
      }
    }
    extra.add(new int[] {12, 0});
    extra.add(new int[] {12, 6});
    int[] c = clusterStory(ClusterOptions.defaults(), 13, extra.toArray(new int[0][]), false);
    assertThat(c[6]).isEqualTo(c[11]).isNotEqualTo(c[0]);
    assertThat(c[12]).isNotEqualTo(c[0]).isNotEqualTo(c[6]);
  }

  @Test
  void aStoryContainedInADigestDoesNotJoinTheDigestsOtherStory() {
    // 6 is a digest that contains every version of story 0..5, and story 7, a single page whose
    // only link is that the digest contains it
    int[][] extra = {{6, 0}, {6, 1}, {6, 2}, {6, 3}, {6, 4}, {6, 5}, {7, 6}};
    int[] c = clusterStory(ClusterOptions.defaults(), 8, extra, true);
    assertThat(c[6]).isEqualTo(c[0]);
    assertThat(c[7]).isNotEqualTo(c[0]);
  }

  @Test
  void aStubContainedInAVersionJoinsTheStory() {
    // the stub's one link is containment, into version 2, which belongs by strong links
    int[][] stub = {{6, 2}};
    assertThat(clusterStory(ClusterOptions.defaults(), 7, stub, true)).containsOnly(0);
    int[] apart = clusterStory(ClusterOptions.defaults().withAttachSize(0), 7, stub, true);
    assertThat(apart[6]).isNotEqualTo(apart[0]);
  }

  /** Random link graphs: the clusters do not depend on the order of the links. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21})
  void clustersDoNotDependOnLinkOrder(long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    int n = 60;
    int m = 150;
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    boolean[] w = new boolean[m];
    for (int k = 0; k < m; k++) {
      a[k] = r.nextInt(n);
      do {
        b[k] = r.nextInt(n);
      } while (b[k] == a[k]);
      s[k] = r.nextInt(10) / 10.0; // ties on purpose
      w[k] = r.nextInt(3) == 0;
    }
    int[] expected = clusterer.cluster(n, a, b, s, w);
    for (int round = 0; round < 5; round++) {
      int[] perm = r.ints(0, Integer.MAX_VALUE).limit(m).toArray();
      Integer[] order = new Integer[m];
      for (int k = 0; k < m; k++) {
        order[k] = k;
      }
      java.util.Arrays.sort(order, (x, y) -> Integer.compare(perm[x], perm[y]));
      int[] a2 = new int[m];
      int[] b2 = new int[m];
      double[] s2 = new double[m];
      boolean[] w2 = new boolean[m];
      for (int k = 0; k < m; k++) {
        int from = order[k];
        boolean swap = r.nextBoolean();
        a2[k] = swap ? b[from] : a[from];
        b2[k] = swap ? a[from] : b[from];
        s2[k] = s[from];
        w2[k] = w[from];
      }
      assertThat(clusterer.cluster(n, a2, b2, s2, w2)).isEqualTo(expected);
    }
  }

  @Test
  void withPassagesASmallClusterSharingPassagesWithOneClusterOnlyJoinsIt() {
    // 0-1-2 and 5-6-7 two stories (strong links); 3 shares only passages with 0 and 1; 4 shares a
    // passage with 2 and with 5
    int[] a = {0, 0, 1, 5, 5, 6};
    int[] b = {1, 2, 2, 6, 7, 7};
    double[] s = {0.9, 0.8, 0.8, 0.9, 0.8, 0.8};
    boolean[] w = new boolean[6];
    int[] pa = {3, 3, 4, 4};
    int[] pb = {0, 1, 2, 5};
    ClusterOptions passages = ClusterOptions.defaults().withAttachByPassages(true);
    int[] on = new Clusterer(passages).cluster(8, a, b, s, w, pa, pb);
    assertThat(on[3]).isEqualTo(on[0]);
    assertThat(on[4]).isNotEqualTo(on[0]).isNotEqualTo(on[5]);
    int[] off = new Clusterer(ClusterOptions.defaults()).cluster(8, a, b, s, w, pa, pb);
    assertThat(off[3]).isNotEqualTo(off[0]);
    // two singletons that share a passage only with each other join each other, nothing else
    int[] pair = new Clusterer(passages).cluster(8, a, b, s, w, new int[] {3}, new int[] {4});
    assertThat(pair[3]).isEqualTo(pair[4]).isNotEqualTo(pair[0]).isNotEqualTo(pair[5]);
  }
}
