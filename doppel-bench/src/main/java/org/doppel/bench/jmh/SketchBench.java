package org.doppel.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.sketch.SketchPolicy;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sketching: doppel's 128-component SuperMinHash (hash4j) against classic MinHash with 128
 * independent hash functions (what java-lsh and Spark compute: one multiply-add per element and
 * function). One operation = 500 BBC shingle sets.
 */
public class SketchBench extends StageBenchmark {

  private final List<ShingleSet> sets = new ArrayList<>();
  private final long[] a = new long[128];
  private final long[] b = new long[128];
  private SketchPolicy.Sketcher sketcher;

  /** Builds the shingle sets and the hash functions. */
  @Setup
  public void setup() {
    for (String t : Fixtures.articles(500, 42)) {
      ShingleSet s = Shingler.defaults().shingleSet(TextAnalyzer.defaults().analyze(t));
      if (!s.isEmpty()) {
        sets.add(s);
      }
    }
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextLong() | 1;
      b[i] = rnd.nextLong();
    }
    sketcher = SketchPolicy.defaults().newSketcher();
  }

  /** Baseline: classic MinHash, 128 hash functions, each applied to every element. */
  @Benchmark
  public void baselineClassicMinHash(Blackhole bh) {
    for (ShingleSet s : sets) {
      int[] sig = new int[a.length];
      java.util.Arrays.fill(sig, Integer.MAX_VALUE);
      for (int e = 0; e < s.size(); e++) {
        long x = s.get(e);
        for (int k = 0; k < a.length; k++) {
          int h = (int) ((a[k] * x + b[k]) >>> 33);
          if (h < sig[k]) {
            sig[k] = h;
          }
        }
      }
      bh.consume(sig);
    }
  }

  /** doppel: hash4j SuperMinHash, 128 components. */
  @Benchmark
  public void superMinHash(Blackhole bh) {
    for (ShingleSet s : sets) {
      bh.consume(sketcher.sketch(s));
    }
  }
}
