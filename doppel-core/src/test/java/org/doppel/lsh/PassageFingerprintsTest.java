package org.doppel.lsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassageFingerprintsTest {

  /** Brute force: the fingerprint of each window's rightmost minimum, sorted and distinct. */
  private static int[] bruteForce(long[] h, int length, int window) {
    TreeSet<Integer> out = new TreeSet<>();
    if (length == 0) {
      return new int[0];
    }
    int w = Math.min(window, length);
    for (int start = 0; start + w <= length; start++) {
      int min = start;
      for (int j = start + 1; j < start + w; j++) {
        if (h[j] <= h[min]) {
          min = j;
        }
      }
      out.add(PassageFingerprints.fingerprint(h[min]));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long[] random(SplittableRandom r, int n, int distinct) {
    long[] values = new long[distinct];
    for (int i = 0; i < distinct; i++) {
      values[i] = r.nextLong();
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = values[r.nextInt(distinct)];
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void fingerprintsAreEveryWindowsMinimum(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int window = 1 + r.nextInt(20);
      int n = r.nextInt(300);
      // few distinct values in some rounds: ties between equal hashes in one window
      long[] h = random(r, n, round % 3 == 0 ? 1 + r.nextInt(6) : Math.max(1, n));
      long[] before = h.clone();
      int[] got = new PassageFingerprints(window, 1, 64).fingerprints(h, n);
      assertThat(distinct(got))
          .as("window %d, %d shingles", window, n)
          .containsExactly(bruteForce(h, n, window));
      // once per window minimum: at most one per window
      assertThat(got.length).isLessThanOrEqualTo(Math.max(1, n - Math.min(window, n) + 1));
      assertThat(h).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void aSharedRunOfAWindowAlwaysSharesAFingerprint(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PassageFingerprints p = new PassageFingerprints(8, 1, 64);
    for (int round = 0; round < 300; round++) {
      long[] passage = random(r, 8 + r.nextInt(20), 1000);
      long[] a = embed(r, passage, r.nextInt(500), r.nextInt(500));
      long[] b = embed(r, passage, r.nextInt(500), r.nextInt(500));
      int[] fa = distinct(p.fingerprints(a, a.length));
      int[] fb = distinct(p.fingerprints(b, b.length));
      assertThat(Arrays.stream(fa).filter(x -> Arrays.binarySearch(fb, x) >= 0).count())
          .as("round %d", round)
          .isPositive();
    }
  }

  private static int[] distinct(int[] values) {
    return Arrays.stream(values).sorted().distinct().toArray();
  }

  /** {@code passage} between {@code before} and {@code after} random hashes. */
  private static long[] embed(SplittableRandom r, long[] passage, int before, int after) {
    long[] out = new long[before + passage.length + after];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.nextLong();
    }
    System.arraycopy(passage, 0, out, before, passage.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void pairsAreThoseSharingEnoughRareFingerprints(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int docs = 300;
    int[][] fingerprints = new int[docs][];
    for (int d = 0; d < docs; d++) {
      // values from a small range, so that fingerprints are shared by many documents, some by
      // more than the holder limit
      TreeSet<Integer> f = new TreeSet<>();
      int count = r.nextInt(12);
      for (int i = 0; i < count; i++) {
        f.add(r.nextInt(d % 5 == 0 ? 40 : 2000) - 1000);
      }
      fingerprints[d] = d % 17 == 3 ? null : f.stream().mapToInt(Integer::intValue).toArray();
    }
    // the pairs as brute force counts them on the distinct fingerprints, computed on arrays that
    // hold some fingerprints twice and are out of order, as fingerprints() gives them for text that
    // repeats itself
    int[][] given = new int[docs][];
    for (int d = 0; d < docs; d++) {
      int[] f = fingerprints[d];
      if (f != null && f.length > 0 && d % 3 == 0) {
        int[] twice = Arrays.copyOf(f, f.length * 2);
        for (int i = 0; i < f.length; i++) {
          twice[f.length + i] = f[f.length - 1 - i];
        }
        given[d] = twice;
      } else {
        given[d] = f;
      }
    }
    for (int minShared : new int[] {1, 2, 3}) {
      PassageFingerprints p = new PassageFingerprints(8, minShared, 10);
      Map<Integer, Integer> holders = new HashMap<>();
      for (int[] f : fingerprints) {
        if (f != null) {
          for (int x : f) {
            holders.merge(x, 1, Integer::sum);
          }
        }
      }
      List<Long> expected = new ArrayList<>();
      for (int a = 0; a < docs; a++) {
        for (int b = a + 1; b < docs; b++) {
          if (fingerprints[a] == null || fingerprints[b] == null) {
            continue;
          }
          int shared = 0;
          for (int x : fingerprints[a]) {
            if (Arrays.binarySearch(fingerprints[b], x) >= 0 && holders.get(x) <= 10) {
              shared++;
            }
          }
          if (shared >= minShared) {
            expected.add(CandidateFinder.pair(a, b));
          }
        }
      }
      long[] serial = p.pairs(given, false);
      assertThat(serial)
          .as("minShared %d", minShared)
          .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
      assertThat(p.pairs(given, true)).containsExactly(serial);
    }
  }

  @Test
  void emptyInputsGiveNothing() {
    PassageFingerprints p = new PassageFingerprints(8, 2, 64);
    assertThat(p.fingerprints(new long[0], 0)).isEmpty();
    assertThat(p.fingerprints(new long[] {5L << 32}, 1))
        .containsExactly(PassageFingerprints.fingerprint(5L << 32));
    assertThat(p.pairs(new int[0][], true)).isEmpty();
    assertThat(p.pairs(new int[][] {null, {}, {1}}, true)).isEmpty();
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new PassageFingerprints(0, 1, 64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
    assertThatThrownBy(() -> new PassageFingerprints(8, 0, 64)).hasMessageContaining("minShared");
    assertThatThrownBy(() -> new PassageFingerprints(8, 1, 1)).hasMessageContaining("maxHolders");
  }
}
