package org.doppel.bench.jmh;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.doppel.Compare;
import org.doppel.align.Aligner;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Alignment of two 5,000-word articles: A is BBC articles joined until 5,000 words; B is A with a
 * fifth of its paragraphs dropped, a fifth edited (about one word in 15 replaced) and two moved.
 * doppel's {@link Aligner} (on analysed texts) and the whole {@link Compare#run} (analysis,
 * alignment, version diff) against a word-level Myers diff of the two token lists with
 * java-diff-utils (the usual way to line up two versions).
 */
public class AlignBench extends StageBenchmark {

  private Document a;
  private Document b;
  private AnalyzedText analysedA;
  private AnalyzedText analysedB;
  private List<String> wordsA;
  private List<String> wordsB;
  private final Aligner aligner = Aligner.defaults();

  /** Builds the two articles. */
  @Setup
  public void setup() {
    List<String> paragraphs = new ArrayList<>();
    int words = 0;
    for (String article : Fixtures.articles(200, 42)) {
      for (String p : article.split("\n\n", -1)) {
        String t = p.strip();
        if (!t.isEmpty() && words < 5000) {
          paragraphs.add(t);
          words += t.split("\\s+", -1).length;
        }
      }
    }
    SplittableRandom rnd = new SplittableRandom(5);
    List<String> edited = new ArrayList<>();
    for (String p : paragraphs) {
      int r = rnd.nextInt(5);
      if (r == 0) {
        continue;
      }
      edited.add(r == 1 ? Fixtures.edited(p, rnd.nextLong()) : p);
    }
    for (int m = 0; m < 2; m++) {
      edited.add(rnd.nextInt(edited.size()), edited.remove(rnd.nextInt(edited.size())));
    }
    a = Document.of("a", String.join("\n\n", paragraphs));
    b = Document.of("b", String.join("\n\n", edited));
    analysedA = TextAnalyzer.defaults().analyze(a.text());
    analysedB = TextAnalyzer.defaults().analyze(b.text());
    wordsA = List.of(a.text().split("\\s+", -1));
    wordsB = List.of(b.text().split("\\s+", -1));
  }

  /** Baseline: Myers diff of the two word lists. */
  @Benchmark
  public void baselineWordDiff(Blackhole bh) {
    bh.consume(DiffUtils.diff(wordsA, wordsB));
  }

  /** doppel: passage alignment of the analysed texts. */
  @Benchmark
  public void aligner(Blackhole bh) {
    bh.consume(aligner.align(analysedA, analysedB));
  }

  /** doppel: the whole comparison (analysis, alignment, version diff). */
  @Benchmark
  public void compare(Blackhole bh) {
    bh.consume(Compare.run(a, b));
  }
}
