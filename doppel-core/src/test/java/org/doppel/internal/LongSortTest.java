package org.doppel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongSortTest {

  /** Random hashes, small integers, many repeats and sorted runs: always the order of Arrays. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20261123})
  void sortsLikeArraysSortWhateverTheValues(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(5) == 0 ? random.nextInt(5000) : random.nextInt(400);
      long[] values = new long[n + 10];
      int kind = random.nextInt(5);
      for (int i = 0; i < values.length; i++) {
        values[i] =
            switch (kind) {
              case 0 -> random.nextLong();
              case 1 -> random.nextInt(50) - 25; // small integers: one crowded bucket
              case 2 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
              case 3 -> (long) i * 1_000_003L; // already sorted
              default -> (random.nextLong() & 0xFFFFFFFF00000000L) | random.nextInt(10);
            };
      }
      long[] expected = values.clone();
      int from = random.nextInt(5);
      int to = values.length - random.nextInt(5);
      Arrays.sort(expected, from, to);
      LongSort.sort(values, from, to);
      assertThat(values)
          .as("seed %d round %d kind %d n %d", seed, round, kind, n)
          .containsExactly(expected);
    }
  }
}
