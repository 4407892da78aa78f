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

  @Test
  void theLedeOfARevisedArticleIsNotBoilerplateWhenItsRevisionsShareTheirText() {
    // three revisions of one article: the lede (paragraph 1) stays whole, every other paragraph
    // is edited a little in each revision, so no other paragraph recurs whole
    List<long[]> paragraphs = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    for (int rev = 0; rev < 3; rev++) {
      paragraphs.add(new long[] {1, 100 + rev, 200 + rev, 300 + rev});
      long[] s = new long[80];
      for (int k = 0; k < 80; k++) {
        s[k] = k < 70 ? k : 1000 * (rev + 1) + k; // 70 of 80 shingles recur in every revision
      }
      shingles.add(s);
    }
    BoilerplateDetector detector = new BoilerplateDetector(BoilerplateOptions.defaults());
    for (long[] p : paragraphs) {
      detector.add(p, new int[] {20, 20, 20, 20});
    }
    assertThat(detector.detect().contains(1)).as("on whole paragraphs alone").isTrue();
    assertThat(detector.detect(d -> shingles.get(d).clone()).contains(1))
        .as("with shingles")
        .isFalse();
  }

  @Test
  void chromeStaysBoilerplateWhenJudgedOnShinglesToo() {
    BoilerplateDetector detector = new BoilerplateDetector(BoilerplateOptions.defaults());
    List<long[]> shingles = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      detector.add(new long[] {1, 100 + d}, new int[] {5, 200});
      long[] s = new long[201];
      s[0] = 7; // the menu line's one shingle
      for (int k = 1; k < s.length; k++) {
        s[k] = 10_000L * (d + 1) + k; // a story of the page's own
      }
      shingles.add(s);
    }
    assertThat(detector.detect(d -> shingles.get(d).clone()).contains(1)).isTrue();
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

  /**
   * Random corpora whose documents copy some of their shingles from their story's pool: with
   * shingles, the detector finds exactly what a brute-force reading of both tests finds.
   */
  @ParameterizedTest
  @ValueSource(longs = {2, 7, 11, 19, 23})
  void detectWithShinglesEqualsABruteForceReadingOfBothTests(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BoilerplateOptions options = new BoilerplateOptions(3, 0.5, 2 + random.nextInt(30), true);
    List<long[]> docs = new ArrayList<>();
    List<int[]> tokens = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      int story = random.nextInt(20);
      Set<Long> paragraphs = new LinkedHashSet<>();
      paragraphs.add(story * 100L); // the story's lede
      paragraphs.add(20_000L + d); // a paragraph of its own
      if (random.nextBoolean()) {
        paragraphs.add(-1L - random.nextInt(3)); // one of three sites' chrome
      }
      long[] hs = paragraphs.stream().mapToLong(Long::longValue).toArray();
      docs.add(hs);
      tokens.add(random.ints(hs.length, 1, 80).toArray());
      long[] sh = new long[5 + random.nextInt(60)];
      double fromStory = random.nextBoolean() ? 0.95 : random.nextDouble();
      for (int k = 0; k < sh.length; k++) {
        // repeats are allowed and count once
        sh[k] =
            random.nextDouble() < fromStory
                ? 1_000_000L * (story + 1) + random.nextInt(8)
                : 50_000_000L + random.nextInt(1_000_000);
      }
      shingles.add(sh);
    }
    BoilerplateDetector detector = new BoilerplateDetector(options);
    for (int d = 0; d < docs.size(); d++) {
      detector.add(docs.get(d), tokens.get(d));
    }
    LongHashSet found = detector.detect(d -> shingles.get(d).clone());
    Set<Long> byParagraphs = bruteForce(docs, tokens, options);
    Map<Long, List<Integer>> holders = holders(docs);
    int flipped = 0;
    for (Map.Entry<Long, List<Integer>> e : holders.entrySet()) {
      long h = e.getKey();
      boolean expected = byParagraphs.contains(h);
      if (expected) {
        List<Integer> all = e.getValue();
        int n =
            Math.min(
                Math.min(all.size(), options.sampleDocuments()),
                BoilerplateDetector.SHINGLE_SAMPLE);
        List<Integer> sample = all.subList(0, n);
        Map<Long, Integer> together = new HashMap<>();
        for (int d : sample) {
          for (long s : distinct(shingles.get(d))) {
            together.merge(s, 1, Integer::sum);
          }
        }
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
          Set<Long> mine = distinct(shingles.get(sample.get(i)));
          long covered = mine.stream().filter(s -> together.get(s) * 2 >= n).count();
          shares[i] = (double) covered / mine.size();
        }
        Arrays.sort(shares);
        double median = n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
        expected = median < options.maxShare();
        flipped += expected ? 0 : 1;
      }
      assertThat(found.contains(h)).as("paragraph %d", h).isEqualTo(expected);
    }
    assertThat(flipped).as("paragraphs the shingle test keeps").isPositive();
  }

  @Test
  void aShortStoryQuotedWholeByLongerPagesIsNotBoilerplate() {
    // story = paragraphs 1, 2, 3 (10 tokens each): printed alone, in a reprint with a little chrome
    // (paragraph 9) and inside two long pages (paragraphs 20+ of 100 tokens each)
    BoilerplateDetector detector = new BoilerplateDetector(BoilerplateOptions.defaults());
    detector.add(new long[] {1, 2, 3}, new int[] {10, 10, 10});
    detector.add(new long[] {9, 1, 2, 3}, new int[] {8, 10, 10, 10});
    detector.add(new long[] {20, 1, 2, 3, 21}, new int[] {100, 10, 10, 10, 100});
    detector.add(new long[] {22, 1, 2, 3, 23}, new int[] {100, 10, 10, 10, 100});
    assertThat(detector.detect().toArray()).isEmpty();
  }

  @Test
  void chromeStaysBoilerplateWhenOneNearEmptyPageIsNothingElse() {
    // chrome = paragraphs 1, 2 (10 tokens each) on ten pages of 100-token stories; one page holds
    // nothing but the chrome
    BoilerplateDetector detector = new BoilerplateDetector(BoilerplateOptions.defaults());
    for (int d = 0; d < 9; d++) {
      detector.add(new long[] {1, 100 + d, 2}, new int[] {10, 100, 10});
    }
    detector.add(new long[] {1, 2}, new int[] {10, 10});
    assertThat(detector.detect().toArray()).containsExactlyInAnyOrder(1L, 2L);
  }

  private static Set<Long> distinct(long[] values) {
    Set<Long> out = new HashSet<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  private static Map<Long, List<Integer>> holders(List<long[]> docs) {
    Map<Long, List<Integer>> holders = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (long h : docs.get(d)) {
        holders.computeIfAbsent(h, k -> new ArrayList<>()).add(d);
      }
    }
    return holders;
  }

  private static Set<Long> bruteForce(
      List<long[]> docs, List<int[]> tokens, BoilerplateOptions options) {
    Set<Long> out = new HashSet<>();
    for (Map.Entry<Long, List<Integer>> e : holders(docs).entrySet()) {
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
      long whole = Arrays.stream(shares).filter(x -> x >= BoilerplateDetector.WHOLE_SHARE).count();
      Arrays.sort(shares);
      int n = shares.length;
      double median = n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
      if (median < options.maxShare() && whole < BoilerplateDetector.WHOLE_DOCUMENTS * n) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
