package org.doppel.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.doppel.shingle.Shingler;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Shingle hashing from analysed text: {@link Shingler} (per paragraph, through the {@code
 * AnalyzedText} accessors) and the sorted distinct set, against a tight loop over a copy of the
 * token hash array. One operation = 500 BBC articles.
 */
public class ShingleBench extends StageBenchmark {

  private final List<AnalyzedText> analysed = new ArrayList<>();
  private final List<long[]> tokenHashes = new ArrayList<>();
  private final Shingler shingler = Shingler.defaults();

  /** Analyses the articles once. */
  @Setup
  public void setup() {
    for (String t : Fixtures.articles(500, 42)) {
      AnalyzedText a = TextAnalyzer.defaults().analyze(t);
      analysed.add(a);
      tokenHashes.add(a.tokenHashes());
    }
  }

  /** Baseline: 5-gram hashes over a primitive array of token hashes, one multiply per token. */
  @Benchmark
  public void baselineTokenArray(Blackhole bh) {
    for (long[] h : tokenHashes) {
      long sum = 0;
      for (int i = 0; i + 5 <= h.length; i++) {
        long s = 0x2545F4914F6CDD1DL;
        for (int j = i; j < i + 5; j++) {
          s = Long.rotateLeft((s ^ h[j]) * 0x9E3779B97F4A7C15L, 29);
        }
        sum += s;
      }
      bh.consume(sum);
    }
  }

  /** doppel: all shingle hashes, in text order. */
  @Benchmark
  public void allShingles(Blackhole bh) {
    for (AnalyzedText a : analysed) {
      bh.consume(shingler.allShingles(a));
    }
  }

  /** doppel: the sorted distinct shingle set. */
  @Benchmark
  public void shingleSet(Blackhole bh) {
    for (AnalyzedText a : analysed) {
      bh.consume(shingler.shingleSet(a));
    }
  }
}
