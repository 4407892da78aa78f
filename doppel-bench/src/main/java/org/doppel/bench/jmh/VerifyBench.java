package org.doppel.bench.jmh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.text.TextAnalyzer;
import org.doppel.verify.PairScores;
import org.doppel.verify.RelationRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Exact verification of 500 candidate pairs (a BBC article and an edited copy): doppel's merge of
 * sorted primitive sets ({@link PairScores}) and relation rule, against intersecting boxed {@code
 * HashSet<Long>}s (what a plain Java pipeline does).
 */
public class VerifyBench extends StageBenchmark {

  private final List<ShingleSet[]> pairs = new ArrayList<>();
  private final List<List<Set<Long>>> boxed = new ArrayList<>();
  private final RelationRule rule = RelationRule.defaults();

  /** Builds the pairs. */
  @Setup
  public void setup() {
    int i = 0;
    for (String t : Fixtures.articles(500, 42)) {
      ShingleSet a = Shingler.defaults().shingleSet(TextAnalyzer.defaults().analyze(t));
      ShingleSet b =
          Shingler.defaults().shingleSet(TextAnalyzer.defaults().analyze(Fixtures.edited(t, i++)));
      pairs.add(new ShingleSet[] {a, b});
      boxed.add(List.of(box(a), box(b)));
    }
  }

  private static Set<Long> box(ShingleSet s) {
    Set<Long> out = new HashSet<>();
    for (long x : s.toArray()) {
      out.add(x);
    }
    return out;
  }

  /** Baseline: HashSet intersection and Jaccard. */
  @Benchmark
  public void baselineHashSets(Blackhole bh) {
    for (List<Set<Long>> p : boxed) {
      Set<Long> a = p.get(0);
      Set<Long> b = p.get(1);
      int common = 0;
      for (Long x : a) {
        if (b.contains(x)) {
          common++;
        }
      }
      bh.consume((double) common / (a.size() + b.size() - common));
    }
  }

  /** doppel: exact scores and relation. */
  @Benchmark
  public void pairScores(Blackhole bh) {
    for (ShingleSet[] p : pairs) {
      bh.consume(rule.classify(PairScores.of(p[0], p[1])));
    }
  }
}
