package org.doppel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForestTest {

  /** Random joins give the sets a brute-force relabelling gives, each rooted at its smallest. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void joinsMatchABruteForceRelabellingAndRootAtTheSmallestMember(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 60;
    int[] parent = new int[n];
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      label[i] = i;
    }
    for (int k = 0; k < 40; k++) {
      int x = random.nextInt(n);
      int y = random.nextInt(n);
      Forest.join(parent, x, y);
      int from = label[y];
      int to = label[x];
      for (int i = 0; i < n; i++) {
        if (label[i] == from) {
          label[i] = to;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int smallest = i;
      for (int j = 0; j < n; j++) {
        if (label[j] == label[i]) {
          smallest = Math.min(smallest, j);
        }
      }
      assertThat(Forest.root(parent, i)).as("root of %d", i).isEqualTo(smallest);
    }
  }
}
