package org.doppel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.doppel.shingle.ShingleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongArrayStoreTest {

  /**
   * Random puts and frees over small slabs (arrays larger than a slab, slab reuse, memory budget
   * running out into the file): every live array reads back as written, and intersections equal
   * those of the arrays themselves.
   */
  @ParameterizedTest
  @CsvSource({"1, 0", "2, 64", "3, 1000", "4, 100000", "5, 300", "6, 5000"})
  void everyLiveArrayReadsBackAsWritten(long seed, long budget, @TempDir Path dir)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<long[]> arrays = new ArrayList<>();
    List<Long> handles = new ArrayList<>();
    try (LongArrayStore store = new LongArrayStore(dir, budget, 32)) {
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 200; i++) {
          long[] a = sortedDistinct(random, random.nextInt(random.nextInt(10) == 0 ? 100 : 20));
          arrays.add(a);
          handles.add(store.put(Arrays.copyOf(a, a.length + 3), a.length));
        }
        for (int i = 0; i < arrays.size(); i++) {
          if (arrays.get(i) != null && random.nextInt(3) == 0) {
            store.free(handles.get(i), arrays.get(i).length);
            arrays.set(i, null);
          }
        }
        store.seal();
        for (int i = 0; i < arrays.size(); i++) {
          long[] a = arrays.get(i);
          if (a != null) {
            assertThat(store.get(handles.get(i), a.length)).as("array %d", i).containsExactly(a);
            int j = random.nextInt(arrays.size());
            long[] b = arrays.get(j);
            if (b != null) {
              int common =
                  (int) Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).count();
              assertThat(store.intersectionSize(handles.get(i), a.length, handles.get(j), b.length))
                  .isEqualTo(ShingleSet.intersectionSize(a, a.length, b, b.length))
                  .isEqualTo(common);
            }
          }
        }
        assertThat(store.memoryLongs()).isLessThanOrEqualTo(Math.max(budget, 0));
      }
      if (budget == 0) {
        assertThat(store.spilledLongs()).isPositive();
      }
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("the spill file is deleted").isEmpty();
    }
  }

  @Test
  void aSlabWhoseArraysAreAllFreedIsReused() {
    try (LongArrayStore store = new LongArrayStore(null, 64, 32)) {
      long[] first = new long[20];
      Arrays.fill(first, 7);
      long a = store.put(first, 20);
      long[] second = new long[20];
      Arrays.fill(second, 5);
      long b = store.put(second, 20); // does not fit beside a: a second slab
      assertThat(store.memoryLongs()).isEqualTo(64);
      store.free(a, 20);
      long c = store.put(new long[] {1, 2, 3}, 3); // the current slab has room
      long d = store.put(new long[30], 30); // the emptied first slab is reused, no third slab
      assertThat(store.memoryLongs()).isEqualTo(64);
      assertThat(store.spilledLongs()).isZero();
      store.seal();
      assertThat(store.get(c, 3)).containsExactly(1, 2, 3);
      assertThat(store.get(b, 20)).containsOnly(5);
      assertThat(store.get(d, 30)).containsOnly(0);
    }
  }

  @Test
  void anArrayLargerThanASlabGetsItsOwnAndGivesItBackWhenFreed() {
    try (LongArrayStore store = new LongArrayStore(null, 1000, 32)) {
      long[] big = new long[100];
      Arrays.setAll(big, i -> i * 3L);
      long h = store.put(big, 100);
      assertThat(store.memoryLongs()).isEqualTo(100);
      store.seal();
      assertThat(store.get(h, 100)).containsExactly(big);
      store.free(h, 100);
      assertThat(store.memoryLongs()).isZero();
    }
  }

  @Test
  void emptyArraysTakeNoRoomAndReadBackEmptyEvenWhenEverythingSpills(@TempDir Path dir) {
    try (LongArrayStore store = new LongArrayStore(dir, 0, 32)) {
      long e = store.put(new long[0], 0);
      long f = store.put(new long[] {1, 2}, 2);
      long g = store.put(new long[0], 0);
      store.seal();
      assertThat(store.get(e, 0)).isEmpty();
      assertThat(store.get(g, 0)).isEmpty();
      assertThat(store.get(f, 2)).containsExactly(1, 2);
      assertThat(store.intersectionSize(e, 0, f, 2)).isZero();
      assertThat(store.spilledLongs()).isEqualTo(2);
      store.free(e, 0);
      store.free(e, 0); // an empty array holds nothing to free twice
    }
  }

  @Test
  void freeingAnArrayTwiceIsAnError() {
    try (LongArrayStore store = new LongArrayStore(null, 64, 32)) {
      long a = store.put(new long[] {1}, 1);
      store.free(a, 1);
      assertThatThrownBy(() -> store.free(a, 1)).isInstanceOf(IllegalStateException.class);
    }
  }

  private static long[] sortedDistinct(SplittableRandom random, int n) {
    return random.longs(n, -1000, 1000).distinct().sorted().toArray();
  }
}
