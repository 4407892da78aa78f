package org.doppel.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.internal.LongSort;
import org.doppel.shingle.Shingler;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sorting each document's raw shingle hashes (the step before its set is made distinct): doppel's
 * {@link LongSort} against {@link Arrays#sort(long[])}. One operation = the shingles of 500 BBC
 * articles, each copied and sorted.
 */
public class SortBench extends StageBenchmark {

  private final List<long[]> shingles = new ArrayList<>();

  /** Hashes the articles' shingles. */
  @Setup
  public void setup() {
    for (String t : Fixtures.articles(500, 42)) {
      shingles.add(Shingler.defaults().allShingles(TextAnalyzer.defaults().analyze(t)));
    }
  }

  /** Baseline: the JDK's dual-pivot quicksort. */
  @Benchmark
  public void baselineArraysSort(Blackhole bh) {
    for (long[] s : shingles) {
      long[] copy = s.clone();
      Arrays.sort(copy);
      bh.consume(copy);
    }
  }

  /** doppel: bucket distribution by the top bits, then one insertion pass. */
  @Benchmark
  public void longSort(Blackhole bh) {
    for (long[] s : shingles) {
      long[] copy = s.clone();
      LongSort.sort(copy, 0, copy.length);
      bh.consume(copy);
    }
  }
}
