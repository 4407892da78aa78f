package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.doppel.lsh.CandidateFinder;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact store of verified pairs and its list view. */
class PairTableTest {

  private static final Relation[] RELATIONS = Relation.values();

  @Test
  void keepsEveryColumnOfARow() {
    PairTable t = new PairTable(new long[] {CandidateFinder.pair(1, 4)});
    assertThat(t.relation(0)).isEqualTo(Relation.UNRELATED);
    t.set(0, new PairScores(7, 10, 20, 2, 3), Relation.PARTIAL, true);
    assertThat(t.first(0)).isEqualTo(1);
    assertThat(t.second(0)).isEqualTo(4);
    assertThat(t.relation(0)).isEqualTo(Relation.PARTIAL);
    assertThat(t.figuresDiffer(0)).isTrue();
    assertThat(t.scores(0, 10, 20)).isEqualTo(new PairScores(7, 10, 20, 2, 3));
    t.setRelation(0, Relation.VERSION, false);
    assertThat(t.relation(0)).isEqualTo(Relation.VERSION);
    assertThat(t.figuresDiffer(0)).isFalse();
  }

  @Test
  void everyRelationSurvivesTheFigureBit() {
    PairTable t = new PairTable(new long[RELATIONS.length * 2]);
    for (int i = 0; i < RELATIONS.length; i++) {
      t.setRelation(2 * i, RELATIONS[i], true);
      t.setRelation(2 * i + 1, RELATIONS[i], false);
    }
    for (int i = 0; i < RELATIONS.length; i++) {
      assertThat(t.relation(2 * i)).isEqualTo(RELATIONS[i]);
      assertThat(t.figuresDiffer(2 * i)).isTrue();
      assertThat(t.relation(2 * i + 1)).isEqualTo(RELATIONS[i]);
      assertThat(t.figuresDiffer(2 * i + 1)).isFalse();
    }
  }

  /** related() equals a sorted union of this table's related rows and the extra rows. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20261205})
  void relatedMergesInPairOrderAndDropsUnrelated(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Long, int[]> all = new TreeMap<>();
    while (all.size() < 200) {
      int a = random.nextInt(50);
      int b = a + 1 + random.nextInt(50);
      all.put(CandidateFinder.pair(a, b), new int[] {random.nextInt(1000), random.nextInt(2)});
    }
    List<Long> mine = new ArrayList<>();
    List<Long> extra = new ArrayList<>();
    for (Long p : all.keySet()) {
      (random.nextInt(4) == 0 ? extra : mine).add(p);
    }
    PairTable t = table(mine, all, random);
    PairTable x = table(extra, all, random);
    for (int k = 0; k < x.size(); k++) {
      if (x.relation(k) == Relation.UNRELATED) {
        x.setRelation(k, Relation.IDENTICAL, x.figuresDiffer(k));
      }
    }
    List<Long> expected = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (t.relation(k) != Relation.UNRELATED) {
        expected.add(t.pair[k]);
      }
    }
    for (int k = 0; k < x.size(); k++) {
      expected.add(x.pair[k]);
    }
    expected.sort(null);

    PairTable merged = t.related(x);
    assertThat(merged.size()).isEqualTo(expected.size());
    for (int k = 0; k < merged.size(); k++) {
      assertThat(merged.pair[k]).isEqualTo(expected.get(k));
      assertThat(merged.relation(k)).isNotEqualTo(Relation.UNRELATED);
      int[] v = all.get(merged.pair[k]);
      assertThat(merged.shared[k]).isEqualTo(v[0]);
      assertThat(merged.figuresDiffer(k)).isEqualTo(v[1] == 1);
    }
  }

  @Test
  void listViewNamesDocumentsAndIsImmutable() {
    PairTable t =
        new PairTable(new long[] {CandidateFinder.pair(0, 1), CandidateFinder.pair(1, 2)});
    t.set(0, new PairScores(5, 8, 9, 1, 0), Relation.VERSION, false);
    t.set(1, new PairScores(9, 9, 12, 0, 0), Relation.CONTAINED, true);
    String[] ids = {"x", "y", "z"};
    int[] sizes = {8, 9, 12};

    List<DedupResult.Pair> all = new PairList(t, null, ids, sizes);
    assertThat(all)
        .containsExactly(
            new DedupResult.Pair("x", "y", Relation.VERSION, new PairScores(5, 8, 9, 1, 0), false),
            new DedupResult.Pair(
                "y", "z", Relation.CONTAINED, new PairScores(9, 9, 12, 0, 0), true));
    List<DedupResult.Pair> second = new PairList(t, new int[] {1}, ids, sizes);
    assertThat(second).containsExactly(all.get(1));
    assertThatThrownBy(() -> second.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> all.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static PairTable table(List<Long> pairs, Map<Long, int[]> values, SplittableRandom r) {
    long[] p = pairs.stream().mapToLong(Long::longValue).toArray();
    PairTable t = new PairTable(p);
    for (int k = 0; k < p.length; k++) {
      int[] v = values.get(p[k]);
      Relation rel = RELATIONS[r.nextInt(RELATIONS.length)];
      t.set(k, new PairScores(v[0], 2000, 2000, 0, 0), rel, v[1] == 1);
    }
    return t;
  }
}
