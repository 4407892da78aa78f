package org.doppel.bench.jmh;

import java.util.List;
import org.doppel.bench.limit.PlainShingles;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalise and tokenise: doppel's {@link TextAnalyzer} (NFKC, case folding, token spans,
 * paragraphs, sentences) against the plain tokeniser of the hashing limit (which also hashes the
 * shingles). One operation = 500 BBC articles (about 1.1 MB).
 */
public class AnalyzeBench extends StageBenchmark {

  private List<String> texts;
  private long[] buffer;

  /** Loads the articles. */
  @Setup
  public void setup() {
    texts = Fixtures.articles(500, 42);
    buffer = new long[texts.stream().mapToInt(String::length).max().orElse(0) + 1];
  }

  /** Baseline: tokenise and hash 5-word shingles with no String per token. */
  @Benchmark
  public void baselinePlainShingles(Blackhole bh) {
    for (String t : texts) {
      bh.consume(PlainShingles.hash(t, 5, buffer));
    }
  }

  /** doppel's analysis: tokens, folding, hashes, paragraphs, sentences. */
  @Benchmark
  public void analyze(Blackhole bh) {
    for (String t : texts) {
      bh.consume(TextAnalyzer.defaults().analyze(t));
    }
  }
}
