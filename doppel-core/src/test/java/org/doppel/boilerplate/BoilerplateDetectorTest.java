package org.doppel.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.doppel.internal.LongHashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateDetectorTest {

  @Test
  void chromeIsBoilerplateAndAReprintedStoryIsNot() {
    BoilerplateDetector detector = new BoilerplateDetector(BoilerplateOptions.defaults());
    long chrome = 1;
    long story = 2;
    for (int d = 0; d < 6; d++) {
      long own = 100L + d;
      // every page: the site's menu line plus a text of its own
      detector.add(new long[] {chrome, own}, new int[] {5, 200});
    }
    for (int d = 0; d < 4; d++) {
      detector.add(new long[] {story, 300 + d}, new int[] {200, 10}); // a story reprinted 4 times
    }
    LongHashSet found = detector.detect();
    assertThat(found.contains(chrome)).isTrue();
    assertThat(found.contains(story)).isFalse();
    assertThat(found.size()).isEqualTo(1);
  }

  /**
   * Random corpora of shared stories and chrome: the detector (which judges each distinct sample of
   * documents once) finds exactly what a brute-force reading of the rule finds.
   */
  @ParameterizedTest
  @ValueSource(longs = {3, 5, 8, 13, 21, 34})
  void detectEqualsABruteForceReadingOfTheRule(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BoilerplateOptions options = new BoilerplateOptions(3, 0.5, 2 + random.nextInt(6), true);
    List<long[]> docs = new ArrayList<>();
    List<int[]> tokens = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      Set<Long> paragraphs = new LinkedHashSet<>();
      int story = random.nextInt(40);
      int size = 1 + random.nextInt(6);
      for (int p = 0; p < size; p++) {
        paragraphs.add(random.nextInt(4) == 0 ? 10_000L + d * 10L + p : story * 100L + p);
      }
      if (random.nextBoolean()) {
        paragraphs.add(-1L - random.nextInt(3)); // one of three sites' chrome
      }
      long[] hs = paragraphs.stream().mapToLong(Long::longValue).toArray();
      int[] ts = random.ints(hs.length, 1, 80).toArray();
      docs.add(hs);
      tokens.add(ts);
    }
    BoilerplateDetector detector = new BoilerplateDetector(options);
    for (int d = 0; d < docs.size(); d++) {
      detector.add(docs.get(d), tokens.get(d));
    }
    LongHashSet found = detector.detect();
    Set<Long> expected = bruteForce(docs, tokens, options);
    Set<Long> all = new HashSet<>();
    docs.forEach(hs -> Arrays.stream(hs).forEach(all::add));
    for (long h : all) {
      assertThat(found.contains(h)).as("paragraph %d", h).isEqualTo(expected.contains(h));
    }
  }

  private static Set<Long> bruteForce(
      List<long[]> docs, List<int[]> tokens, BoilerplateOptions options) {
    Map<Long, List<Integer>> holders = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (long h : docs.get(d)) {
        holders.computeIfAbsent(h, k -> new ArrayList<>()).add(d);
      }
    }
    Set<Long> out = new HashSet<>();
    for (Map.Entry<Long, List<Integer>> e : holders.entrySet()) {
      List<Integer> all = e.getValue();
      if (all.size() < options.minDocuments()) {
        continue;
      }
      List<Integer> sample = all.subList(0, Math.min(all.size(), options.sampleDocuments()));
      Map<Long, Integer> together = new HashMap<>();
      for (int d : sample) {
        for (long h : docs.get(d)) {
          together.merge(h, 1, Integer::sum);
        }
      }
      double[] shares = new double[sample.size()];
      for (int i = 0; i < sample.size(); i++) {
        long[] hs = docs.get(sample.get(i));
        int[] ts = tokens.get(sample.get(i));
        double covered = 0;
        double total = 0;
        for (int p = 0; p < hs.length; p++) {
          total += ts[p];
          if (together.get(hs[p]) * 2 >= sample.size()) {
            covered += ts[p];
          }
        }
        shares[i] = covered / total;
      }
      Arrays.sort(shares);
      int n = shares.length;
      double median = n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
      if (median < options.maxShare()) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
