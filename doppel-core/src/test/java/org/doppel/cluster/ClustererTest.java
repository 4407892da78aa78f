package org.doppel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustererTest {

  private final Clusterer clusterer = new Clusterer(ClusterOptions.defaults());

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
}
