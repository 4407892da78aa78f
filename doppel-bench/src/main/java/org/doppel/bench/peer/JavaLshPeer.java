package org.doppel.bench.peer;

import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.doppel.bench.corpus.CorpusReader;
import org.doppel.bench.limit.PlainShingles;

/**
 * The info.debatty java-lsh peer (version 0.12), used as its README and javadoc say: MinHash
 * signatures of each document's set of 5-word shingle ids ({@code
 * MinHash.signature(Set<Integer>)}), {@link LSHMinHash} banding with {@value #STAGES} stages, the
 * rows per stage that the library derives from its built-in threshold of 0.5, and one bucket per
 * 100 documents ("the number of elements per bucket should be at least 100"). The library stops at
 * buckets; like any user we then verify every pair that shares a bucket by exact Jaccard on the
 * shingle sets (both cores), keep the pairs at or above the threshold, and take connected
 * components.
 */
public final class JavaLshPeer {

  /** Stages (bands). */
  public static final int STAGES = 10;

  /** Documents per bucket, from the library's javadoc. */
  public static final int DOCS_PER_BUCKET = 100;

  private JavaLshPeer() {}

  /** Runs the peer on {@code docs} and writes its result into {@code out}. */
  public static void run(Path docs, Path out, double threshold, long seed) throws IOException {
    List<String> ids = new ArrayList<>();
    List<int[]> sets = new ArrayList<>();
    long[][] buffer = {new long[1 << 12]};
    CorpusReader.forEach(
        docs,
        (id, text) -> {
          if (buffer[0].length < text.length() + 1) {
            buffer[0] = new long[text.length() + 1];
          }
          int n = PlainShingles.hash(text, 5, buffer[0]);
          int[] set = new int[n];
          for (int i = 0; i < n; i++) {
            set[i] = (int) (buffer[0][i] >>> 33);
          }
          Arrays.sort(set);
          ids.add(id);
          sets.add(distinct(set));
        });
    int n = ids.size();
    int buckets = Math.max(1, n / DOCS_PER_BUCKET);
    LSHMinHash lsh = new LSHMinHash(STAGES, buckets, Integer.MAX_VALUE, seed);
    // LSHMinHash sizes its MinHash for the boolean[] API only; a same-size MinHash hashes sets.
    int signatureSize = rowsPerStage() * STAGES;
    MinHash minHash = new MinHash(signatureSize, Integer.MAX_VALUE, seed);
    int[][] bucketOf = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              Set<Integer> set = new HashSet<>();
              for (int x : sets.get(i)) {
                set.add(x);
              }
              bucketOf[i] = set.isEmpty() ? null : lsh.hashSignature(minHash.signature(set));
            });
    // group documents by (stage, bucket): counting sort
    int keys = STAGES * buckets;
    int[] start = new int[keys + 1];
    for (int[] b : bucketOf) {
      if (b != null) {
        for (int s = 0; s < STAGES; s++) {
          start[s * buckets + b[s] + 1]++;
        }
      }
    }
    for (int k = 0; k < keys; k++) {
      start[k + 1] += start[k];
    }
    int[] members = new int[start[keys]];
    int[] fill = Arrays.copyOf(start, keys);
    for (int i = 0; i < n; i++) {
      if (bucketOf[i] != null) {
        for (int s = 0; s < STAGES; s++) {
          members[fill[s * buckets + bucketOf[i][s]]++] = i;
        }
      }
    }
    List<DedupOutput.Pair> pairs =
        IntStream.range(0, keys)
            .parallel()
            .mapToObj(
                k -> {
                  List<DedupOutput.Pair> found = new ArrayList<>();
                  for (int x = start[k]; x < start[k + 1]; x++) {
                    for (int y = x + 1; y < start[k + 1]; y++) {
                      int a = Math.min(members[x], members[y]);
                      int b = Math.max(members[x], members[y]);
                      double j = jaccard(sets.get(a), sets.get(b));
                      if (j >= threshold) {
                        found.add(new DedupOutput.Pair(a, b, j));
                      }
                    }
                  }
                  return found;
                })
            .flatMap(List::stream)
            .toList();
    // the same pair may share buckets in several stages: keep it once
    Set<Long> seen = new HashSet<>();
    List<DedupOutput.Pair> distinctPairs = new ArrayList<>();
    for (DedupOutput.Pair p : pairs) {
      if (seen.add(((long) p.a() << 32) | p.b())) {
        distinctPairs.add(p);
      }
    }
    DedupOutput.write(out, ids, distinctPairs);
  }

  /** The library's rows per stage for {@value #STAGES} stages: ceil(log(1/s)/log(0.5)) + 1. */
  static int rowsPerStage() {
    return (int) Math.ceil(Math.log(1.0 / STAGES) / Math.log(0.5)) + 1;
  }

  private static int[] distinct(int[] sorted) {
    if (sorted.length == 0) {
      return sorted;
    }
    int d = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[d - 1]) {
        sorted[d++] = sorted[i];
      }
    }
    return d == sorted.length ? sorted : Arrays.copyOf(sorted, d);
  }

  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
