package org.doppel.lsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.doppel.internal.LongHashSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFinderTest {

  /**
   * Band keys computed for a group of bands in one pass pair exactly the documents that agree on
   * every row of a band (brute force over all pairs), and {@link CandidateFinder#find} gives the
   * union over all bands.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void bandsPairExactlyTheDocumentsThatAgreeOnAllTheirRows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LshParams params = new LshParams(20, 2);
    CandidateFinder finder = new CandidateFinder(params, 1000); // no bucket is capped
    int[][] sketches = new int[300][];
    for (int d = 0; d < sketches.length; d++) {
      if (random.nextInt(10) == 0) {
        continue; // no sketch: skipped
      }
      sketches[d] = new int[40];
      for (int c = 0; c < 40; c++) {
        sketches[d][c] = random.nextInt(4); // few values: many shared buckets
      }
    }
    int[] docs = CandidateFinder.sketched(sketches);
    assertThat(docs)
        .isSorted()
        .hasSize((int) Arrays.stream(sketches).filter(java.util.Objects::nonNull).count());
    for (int d : docs) {
      assertThat(sketches[d]).isNotNull();
    }
    TreeSet<Long> all = new TreeSet<>();
    long[][] keys = finder.bandKeys(sketches, docs, 3, 11);
    assertThat(keys).hasNumberOfRows(8);
    for (int band = 0; band < params.bands(); band++) {
      TreeSet<Long> expected = new TreeSet<>();
      for (int x : docs) {
        for (int y : docs) {
          int from = band * params.rows();
          int to = from + params.rows();
          if (x < y
              && Arrays.equals(
                  Arrays.copyOfRange(sketches[x], from, to),
                  Arrays.copyOfRange(sketches[y], from, to))) {
            expected.add(CandidateFinder.pair(x, y));
          }
        }
      }
      all.addAll(expected);
      if (band >= 3 && band < 11) {
        TreeSet<Long> grouped = new TreeSet<>();
        for (long p : finder.bandPairs(keys[band - 3])) {
          grouped.add(p);
        }
        assertThat(grouped).as("band %d", band).isNotEmpty().isEqualTo(expected);
      }
    }
    LongHashSet found = new LongHashSet(16);
    finder.find(sketches, found);
    long[] sorted = found.toArray();
    Arrays.sort(sorted);
    assertThat(sorted).containsExactly(all.stream().mapToLong(Long::longValue).toArray());
  }
}
