package org.doppel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyAttachTest {

  private static final int TOPICS = 30;
  private static final int REVISIONS = 3;

  /** Random words, each 5 to 10 letters. */
  private static List<String> words(SplittableRandom r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      int len = 5 + r.nextInt(6);
      for (int k = 0; k < len; k++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      out.add(w.toString());
    }
    return out;
  }

  /**
   * A corpus of topics: each its own 60 words; every text draws on 300 common words (in most texts:
   * no topic) and 20,000 rare ones (in one text or two: no link).
   */
  private static final class Corpus {
    final SplittableRandom r;
    final List<String> common;
    final List<String> rare;
    final List<List<String>> topics = new ArrayList<>();

    Corpus(long seed) {
      r = new SplittableRandom(seed);
      common = words(r, 300);
      rare = words(r, 20_000);
      for (int t = 0; t < TOPICS; t++) {
        topics.add(words(r, 60));
      }
    }

    /**
     * A text of {@code n} common words, 20 rare ones and {@code topical} from each of {@code
     * topicsUsed}.
     */
    String text(int n, int topical, int... topicsUsed) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(common.get(r.nextInt(common.size()))).append(' ');
      }
      for (int i = 0; i < 20; i++) {
        sb.append(rare.get(r.nextInt(rare.size()))).append(' ');
      }
      for (int t : topicsUsed) {
        for (int i = 0; i < topical; i++) {
          sb.append(topics.get(t).get(r.nextInt(60))).append(' ');
        }
      }
      return sb.toString().trim() + ".";
    }

    /** Every topic's revisions, nodes {@code t * REVISIONS ..}, each topic one cluster. */
    List<String> histories() {
      List<String> out = new ArrayList<>();
      for (int t = 0; t < TOPICS; t++) {
        for (int k = 0; k < REVISIONS; k++) {
          out.add(text(200, 40, t));
        }
      }
      return out;
    }
  }

  /** The histories' roots (each topic's first node) and each extra node its own cluster. */
  private static int[] roots(int n) {
    int[] root = new int[n];
    for (int d = 0; d < n; d++) {
      root[d] = d < TOPICS * REVISIONS ? d / REVISIONS * REVISIONS : d;
    }
    return root;
  }

  private static int[] ones(int n) {
    int[] w = new int[n];
    Arrays.fill(w, 1);
    return w;
  }

  private static int[] attach(List<String> texts, int[] root, int[] weight, double minCosine) {
    return attach(texts, root, weight, minCosine, new int[0], new int[0]);
  }

  /** Attaches with the node pairs {@code apartA[k]}, {@code apartB[k]} kept apart. */
  private static int[] attach(
      List<String> texts, int[] root, int[] weight, double minCosine, int[] apartA, int[] apartB) {
    long[][] profiles = new long[texts.size()][];
    VocabularyAttach.Frequencies df = new VocabularyAttach.Frequencies();
    for (int d = 0; d < texts.size(); d++) {
      profiles[d] = VocabularyAttach.profile(TextAnalyzer.defaults().analyze(texts.get(d)));
      df.add(profiles[d]);
    }
    return VocabularyAttach.attach(
        root, weight, d -> profiles[d], df, 2, minCosine, apartA, apartB);
  }

  @Test
  void profileCountsWordsOfThreeOrMoreCharactersWithALetter() {
    AnalyzedText text =
        TextAnalyzer.defaults().analyze("The cat sat on a mat, the CAT paid 123 for x2y.");
    long[] profile = VocabularyAttach.profile(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < text.tokenCount(); i++) {
      long word = VocabularyAttach.word(text.tokenHash(i));
      for (long e : profile) {
        if (VocabularyAttach.word(e) == word) {
          counts.put(text.term(i), VocabularyAttach.count(e));
        }
      }
    }
    assertThat(counts)
        .containsOnly(
            Map.entry("the", 2),
            Map.entry("cat", 2),
            Map.entry("sat", 1),
            Map.entry("mat", 1),
            Map.entry("paid", 1),
            Map.entry("for", 1),
            Map.entry("x2y", 1));
    assertThat(profile).isSorted();
  }

  @Test
  void aStubJoinsTheHistoryWhoseVocabularyItShares() {
    Corpus c = new Corpus(1);
    List<String> texts = c.histories();
    texts.add(c.text(30, 15, 7)); // a stub of topic 7: other words than any revision of it
    int[] root = roots(texts.size());
    int[] out = attach(texts, root, ones(texts.size()), 0.15);
    int stub = texts.size() - 1;
    assertThat(out[stub]).isEqualTo(7 * REVISIONS);
    root[stub] = 7 * REVISIONS;
    assertThat(out).isEqualTo(root);
  }

  @Test
  void aStubThatVerificationKeptApartFromTheHistoryStays() {
    Corpus c = new Corpus(1);
    List<String> texts = c.histories();
    texts.add(c.text(30, 15, 7));
    int[] root = roots(texts.size());
    int stub = texts.size() - 1;
    int[] weight = ones(texts.size());
    // the stub's figures differ from those of one revision of topic 7 (not the first)
    int[] revision = {7 * REVISIONS + 2};
    assertThat(attach(texts, root, weight, 0.15, revision, new int[] {stub})).isEqualTo(root);
    // a pair kept apart elsewhere changes nothing
    int[] out = attach(texts, root, weight, 0.15, new int[] {0}, new int[] {stub});
    assertThat(out[stub]).isEqualTo(7 * REVISIONS);
  }

  @Test
  void aDocumentAsCloseToTwoHistoriesStays() {
    Corpus c = new Corpus(2);
    List<String> texts = c.histories();
    texts.add(c.text(30, 15, 3, 4));
    int[] root = roots(texts.size());
    assertThat(attach(texts, root, ones(texts.size()), 0.15)).isEqualTo(root);
  }

  @Test
  void aDocumentOfNoKnownTopicStays() {
    Corpus c = new Corpus(3);
    List<String> texts = c.histories();
    texts.add(c.text(200, 0));
    int[] root = roots(texts.size());
    assertThat(attach(texts, root, ones(texts.size()), 0.15)).isEqualTo(root);
  }

  @Test
  void theCosineMustReachTheThreshold() {
    Corpus c = new Corpus(4);
    List<String> texts = c.histories();
    texts.add(c.text(30, 15, 5));
    int[] root = roots(texts.size());
    int stub = texts.size() - 1;
    assertThat(attach(texts, root, ones(texts.size()), 0.15)[stub]).isEqualTo(5 * REVISIONS);
    assertThat(attach(texts, root, ones(texts.size()), 0.99)).isEqualTo(root);
  }

  @Test
  void aStrayDocumentIsNoHistoryToJoin() {
    Corpus c = new Corpus(5);
    List<String> texts = c.histories();
    texts.add(c.text(100, 30, 9)); // a lone document of a topic of its own ...
    texts.add(c.text(30, 15, 9)); // ... and a stub of it
    // topic 9's history is left out: only the two extra documents hold its words
    int[] root = roots(texts.size());
    int[] weight = ones(texts.size());
    for (int k = 0; k < REVISIONS; k++) {
      weight[9 * REVISIONS + k] = 0;
    }
    assertThat(attach(texts, root, weight, 0.15)).isEqualTo(root);
  }

  @Test
  void clustersOfMoreDocumentsThanTheAttachSizeNeverMove() {
    Corpus c = new Corpus(6);
    List<String> texts = c.histories();
    texts.add(c.text(30, 15, 2));
    int[] root = roots(texts.size());
    int[] weight = ones(texts.size());
    weight[texts.size() - 1] = 3; // one node standing for three identical documents
    assertThat(attach(texts, root, weight, 0.15)).isEqualTo(root);
  }

  @Test
  void twoSmallClustersNeverChainIntoAThird() {
    Corpus c = new Corpus(7);
    List<String> texts = c.histories();
    // topic 0's history split: a pair (nodes 0, 1) and node 2 alone, plus a stub of topic 0
    texts.add(c.text(30, 15, 0));
    int[] root = roots(texts.size());
    root[2] = 2;
    int[] out = attach(texts, root, ones(texts.size()), 0.15);
    int stub = texts.size() - 1;
    // node 2 and the stub may each join the pair, which stays; neither joins the other first
    assertThat(out[0]).isEqualTo(0);
    assertThat(out[1]).isEqualTo(0);
    assertThat(out[stub]).isIn(0, stub);
    assertThat(out[2]).isIn(0, 2);
    assertThat(out[stub] == 2 || out[2] == stub).isFalse();
  }

  /** The same partition whatever order the nodes come in. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void thePartitionIsIndependentOfNodeOrder(long seed) {
    Corpus c = new Corpus(seed);
    List<String> texts = c.histories();
    for (int t = 0; t < 10; t++) {
      texts.add(c.text(30, 15, c.r.nextInt(TOPICS)));
      texts.add(c.text(30, 10, c.r.nextInt(TOPICS), c.r.nextInt(TOPICS)));
    }
    int n = texts.size();
    int[] root = roots(n);
    int[] base = attach(texts, root, ones(n), 0.15);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int x = perm[i];
      perm[i] = perm[j];
      perm[j] = x;
    }
    // node perm[i] of the original is node i of the shuffled corpus
    List<String> shuffled = new ArrayList<>();
    int[] inverse = new int[n];
    for (int i = 0; i < n; i++) {
      shuffled.add(texts.get(perm[i]));
      inverse[perm[i]] = i;
    }
    int[] shuffledRoot = new int[n];
    for (int i = 0; i < n; i++) {
      shuffledRoot[i] = inverse[root[perm[i]]];
    }
    int[] out = attach(shuffled, shuffledRoot, ones(n), 0.15);
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        assertThat(out[inverse[a]] == out[inverse[b]])
            .as("nodes %d and %d", a, b)
            .isEqualTo(base[a] == base[b]);
      }
    }
    assertThat(base).isNotEqualTo(root); // some stubs joined
  }
}
