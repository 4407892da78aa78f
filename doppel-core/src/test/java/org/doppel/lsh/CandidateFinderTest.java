package org.doppel.lsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFinderTest {

  /** Keys computed for a group of bands in one pass pair exactly the documents band by band. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void bandKeysGiveTheSamePairsAsOneBandAtATime(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LshParams params = new LshParams(16, 2);
    CandidateFinder finder = new CandidateFinder(params, 5);
    int[][] sketches = new int[300][];
    for (int d = 0; d < sketches.length; d++) {
      if (random.nextInt(10) == 0) {
        continue; // no sketch: skipped
      }
      sketches[d] = new int[32];
      for (int c = 0; c < 32; c++) {
        sketches[d][c] = random.nextInt(4); // few values: many shared buckets
      }
    }
    int[] docs = IntStream.range(0, sketches.length).filter(d -> sketches[d] != null).toArray();
    long[][] keys = finder.bandKeys(sketches, docs, 3, 11);
    assertThat(keys).hasNumberOfRows(8);
    for (int band = 3; band < 11; band++) {
      long[] oneAtATime = finder.bandPairs(sketches, band);
      long[] grouped = finder.bandPairs(keys[band - 3]);
      Arrays.sort(oneAtATime);
      Arrays.sort(grouped);
      assertThat(grouped).as("band %d", band).isNotEmpty().containsExactly(oneAtATime);
    }
  }
}
