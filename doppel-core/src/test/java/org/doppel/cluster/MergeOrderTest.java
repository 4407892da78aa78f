package org.doppel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Clusterer#mergeOrder}: its primitive-key sorts, on links ordered by node pair and on links
 * in any other order, give exactly the order of a stable sort by the comparator (strongest first,
 * ties by smaller node, larger node, position), on random links with many ties and repeated pairs.
 */
class MergeOrderTest {

  /** The order by the comparator, sorted stably (ties keep their positions). */
  private static int[] expected(int[] a, int[] b, double[] s) {
    Comparator<Integer> byStrength = (x, y) -> Double.compare(s[y], s[x]);
    return IntStream.range(0, a.length)
        .boxed()
        .sorted(
            byStrength
                .thenComparingInt(x -> Math.min(a[x], b[x]))
                .thenComparingInt(x -> Math.max(a[x], b[x])))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20261203, 99})
  void linksOrderedByNodesSortLikeTheComparator(long seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(60);
    int m = random.nextInt(400);
    long[] pairs = new long[m];
    for (int k = 0; k < m; k++) {
      int x = random.nextInt(n);
      int y = random.nextInt(n);
      pairs[k] = (long) Math.min(x, y) << 32 | Math.max(x, y); // repeats and self-links allowed
    }
    Arrays.sort(pairs);
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    double[] levels = {0.0, -0.0, 0.25, 0.5, 0.5000000001, 1.0, 0.1 + 0.2, 0.3};
    for (int k = 0; k < m; k++) {
      boolean swap = random.nextBoolean(); // either node may come first
      a[k] = (int) (swap ? pairs[k] : pairs[k] >>> 32);
      b[k] = (int) (swap ? pairs[k] >>> 32 : pairs[k]);
      s[k] = random.nextInt(3) == 0 ? random.nextDouble() : levels[random.nextInt(levels.length)];
    }
    assertThat(Clusterer.mergeOrder(a, b, s)).containsExactly(expected(a, b, s));
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void linksInAnyOtherOrderSortLikeTheComparator(long seed) {
    Random random = new Random(seed);
    int m = 2 + random.nextInt(300);
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    for (int k = 0; k < m; k++) {
      a[k] = random.nextInt(40);
      b[k] = random.nextInt(40);
      s[k] = random.nextInt(5) / 4.0;
    }
    // make sure the links are not in node order, so their ranks by node pair are sorted out
    a[0] = 39;
    b[0] = 38;
    a[1] = 0;
    b[1] = 1;
    assertThat(Clusterer.mergeOrder(a, b, s)).containsExactly(expected(a, b, s));
  }

  /** Many links over many nodes, shuffled, with repeated pairs and strengths. */
  @ParameterizedTest
  @ValueSource(longs = {7, 8, 20261206})
  void manyShuffledLinksSortLikeTheComparator(long seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(1000);
    int m = 1000 + random.nextInt(4000);
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    for (int k = 0; k < m; k++) {
      a[k] = random.nextInt(n);
      b[k] = random.nextInt(4) == 0 && k > 0 ? a[k - 1] : random.nextInt(n);
      s[k] = random.nextBoolean() ? random.nextInt(8) / 8.0 : random.nextDouble();
    }
    assertThat(Clusterer.mergeOrder(a, b, s)).containsExactly(expected(a, b, s));
  }
}
