package org.doppel.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.doppel.DedupOptions;
import org.doppel.internal.LongHashSet;
import org.doppel.lsh.CandidateFinder;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.sketch.SketchPolicy;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Candidate generation over the sketches of 4,000 documents (2,000 BBC articles and an edited copy
 * of each): doppel's LSH banding ({@link CandidateFinder} at the default candidate options) against
 * comparing every pair of sketches (the exact answer to "which sketches agree on at least the
 * threshold's share of components").
 */
public class CandidateBench extends StageBenchmark {

  private int[][] sketches;
  private CandidateFinder finder;
  private int agreeTenths;

  /** Sketches the documents. */
  @Setup
  public void setup() {
    List<int[]> out = new ArrayList<>();
    DedupOptions.CandidateOptions c = DedupOptions.CandidateOptions.defaults();
    // the sketches dedup makes: as many components as the default banding uses
    SketchPolicy.Sketcher sketcher = new SketchPolicy(c.lsh().components()).newSketcher();
    int i = 0;
    for (String t : Fixtures.articles(2000, 42)) {
      for (String text : List.of(t, Fixtures.edited(t, i++))) {
        ShingleSet s = Shingler.defaults().shingleSet(TextAnalyzer.defaults().analyze(text));
        if (!s.isEmpty()) {
          out.add(sketcher.sketch(s));
        }
      }
    }
    sketches = out.toArray(int[][]::new);
    finder = new CandidateFinder(c.lsh(), c.maxBucket());
    agreeTenths = (int) Math.round(c.threshold() * 10);
  }

  /** Baseline: all pairs, component agreement counted, pairs at the threshold or above kept. */
  @Benchmark
  public void baselineAllPairs(Blackhole bh) {
    int found = 0;
    for (int x = 0; x < sketches.length; x++) {
      int[] a = sketches[x];
      for (int y = x + 1; y < sketches.length; y++) {
        int[] b = sketches[y];
        int same = 0;
        for (int k = 0; k < a.length; k++) {
          if (a[k] == b[k]) {
            same++;
          }
        }
        if (same * 10 >= a.length * agreeTenths) {
          found++;
        }
      }
    }
    bh.consume(found);
  }

  /** doppel: LSH banding into a hash set of pairs. */
  @Benchmark
  public void lshBanding(Blackhole bh) {
    LongHashSet pairs = new LongHashSet(sketches.length * 4);
    finder.find(sketches, pairs);
    bh.consume(pairs.size());
  }
}
