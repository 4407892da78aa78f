package org.doppel.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.doppel.shingle.ShingleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairScoresTest {

  @ParameterizedTest
  @ValueSource(longs = {7, 11, 2024})
  void scoresEqualBruteForceOverHashSets(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      long[] a = random.longs(random.nextInt(0, 200), 0, 300).toArray();
      long[] b = random.longs(random.nextInt(0, 200), 0, 300).toArray();
      Set<Long> sa = new HashSet<>();
      Set<Long> sb = new HashSet<>();
      for (long x : a) {
        sa.add(x);
      }
      for (long x : b) {
        sb.add(x);
      }
      Set<Long> common = new HashSet<>(sa);
      common.retainAll(sb);
      PairScores s = PairScores.of(ShingleSet.of(a), ShingleSet.of(b));
      assertThat(s.shared()).isEqualTo(common.size());
      assertThat(s.sizeA()).isEqualTo(sa.size());
      assertThat(s.sizeB()).isEqualTo(sb.size());
      int union = sa.size() + sb.size() - common.size();
      assertThat(s.jaccard())
          .isCloseTo(union == 0 ? 0 : (double) common.size() / union, within(1e-12));
      assertThat(s.swap().containmentAInB()).isEqualTo(s.containmentBInA());
    }
  }

  @Test
  void relationsFollowTheRules() {
    RelationRule r = RelationRule.defaults();
    assertThat(r.classify(new PairScores(100, 100, 100))).isEqualTo(Relation.IDENTICAL);
    assertThat(r.classify(new PairScores(90, 100, 95))).isEqualTo(Relation.NEAR_DUPLICATE);
    // the hard case of the brief: Jaccard 0.52, 77% of version 1 inside version 2
    PairScores hard = new PairScores(77, 100, 125);
    assertThat(hard.jaccard()).isCloseTo(0.52, within(0.01));
    assertThat(r.classify(hard)).isEqualTo(Relation.VERSION);
    assertThat(r.classify(new PairScores(90, 1000, 100))).isEqualTo(Relation.CONTAINS);
    assertThat(r.classify(new PairScores(90, 100, 1000))).isEqualTo(Relation.CONTAINED);
    assertThat(r.classify(new PairScores(12, 200, 180))).isEqualTo(Relation.PARTIAL);
    assertThat(r.classify(new PairScores(3, 200, 180))).isEqualTo(Relation.UNRELATED);
    assertThat(r.classify(new PairScores(0, 0, 0))).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void templatedStoriesNeedAQuarterOfEachTextButSharedParagraphsLessen() {
    RelationRule news = RelationRule.defaults();
    // two wire notices written to one template: 20% of each in common, no whole paragraph
    PairScores template = new PairScores(16, 80, 81, 0);
    assertThat(news.classify(template)).isEqualTo(Relation.PARTIAL);
    assertThat(RelationRule.revisions().classify(template)).isEqualTo(Relation.VERSION);
    // the same overlap with a whole paragraph in common: an update that rewrote the rest
    assertThat(news.classify(new PairScores(16, 80, 81, 1))).isEqualTo(Relation.VERSION);
    // without a shared paragraph: a quarter of one text and two fifths of the other
    assertThat(news.classify(new PairScores(45, 100, 180, 0))).isEqualTo(Relation.VERSION);
    // a third of one and two fifths of the other, but not one whole sentence in common: phrases
    // of a template (names and figures differ in every sentence), not a version
    assertThat(news.classify(new PairScores(45, 100, 130, 0, 0))).isEqualTo(Relation.PARTIAL);
    assertThat(news.classify(new PairScores(45, 100, 130, 0, 1))).isEqualTo(Relation.VERSION);
    assertThat(RelationRule.revisions().classify(new PairScores(45, 100, 130, 0, 0)))
        .isEqualTo(Relation.VERSION);
    // half of each in common needs no whole sentence
    assertThat(news.classify(new PairScores(60, 100, 120, 0, 0))).isEqualTo(Relation.VERSION);
    // fewer than 8 shared shingles is not a substantial passage, however short the texts
    assertThat(news.classify(new PairScores(7, 20, 24, 1))).isEqualTo(Relation.UNRELATED);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void swappingTheDocumentsMirrorsTheRelation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RelationRule r = RelationRule.defaults();
    for (int i = 0; i < 1000; i++) {
      int a = random.nextInt(1, 500);
      int b = random.nextInt(1, 500);
      PairScores s =
          new PairScores(
              random.nextInt(0, Math.min(a, b) + 1),
              a,
              b,
              random.nextInt(0, 3),
              random.nextInt(PairScores.SENTENCES_UNKNOWN, 3));
      assertThat(r.classify(s.swap())).isEqualTo(r.classify(s).mirror());
    }
  }
}
