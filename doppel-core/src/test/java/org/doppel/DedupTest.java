package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doppel.text.Document;
import org.doppel.verify.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DedupTest {

  /** A seeded corpus: stories, their versions, copies, excerpts and unrelated texts. */
  static List<Document> corpus(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Document> docs = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 12; p++) {
        paragraphs.add(sentence(r, 25));
      }
      docs.add(Document.of("s" + s + "-original", String.join("\n\n", paragraphs)));
      List<String> v = new ArrayList<>(paragraphs);
      v.add(0, sentence(r, 30));
      v.remove(7);
      v.set(4, v.get(4).replace(' ', '\n').replaceFirst("\n", " EDITED "));
      docs.add(Document.of("s" + s + "-version", String.join("\n\n", v)));
      docs.add(
          Document.of("s" + s + "-copy", "Header of site\n\n" + String.join("\n\n", paragraphs)));
    }
    for (int u = 0; u < 6; u++) {
      docs.add(Document.of("unrelated-" + u, sentence(r, 200)));
    }
    docs.add(Document.of("empty", "  \n "));
    return docs;
  }

  static String sentence(SplittableRandom r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      sb.append(w == 0 ? "" : " ").append("w").append(r.nextInt(5000));
    }
    return sb.append('.').toString();
  }

  static Map<String, String> partition(DedupResult result) {
    Map<Integer, List<String>> members = new HashMap<>();
    for (DedupResult.Assignment a : result.documents()) {
      members.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a.id());
    }
    Map<String, String> key = new HashMap<>();
    for (List<String> ids : members.values()) {
      String k = ids.stream().sorted().collect(Collectors.joining(","));
      ids.forEach(id -> key.put(id, k));
    }
    return key;
  }

  @Test
  void findsVersionsCopiesAndKeepsStoriesApart() {
    DedupResult result = Dedup.run(DedupOptions.defaults(), corpus(1).stream());
    Map<String, String> p = partition(result);
    for (int s = 0; s < 6; s++) {
      assertThat(p.get("s" + s + "-version")).isEqualTo(p.get("s" + s + "-original"));
      assertThat(p.get("s" + s + "-copy")).isEqualTo(p.get("s" + s + "-original"));
      assertThat(p.get("s" + s + "-original"))
          .isNotEqualTo(p.get("s" + ((s + 1) % 6) + "-original"));
    }
    assertThat(p.get("empty")).isEqualTo("empty");
    assertThat(result.stats().clusters()).isEqualTo(6 + 6 + 1);
    assertThat(result.stats().emptyDocuments()).isEqualTo(1);
    assertThat(result.pairs())
        .noneMatch(x -> x.a().startsWith("unrelated") || x.b().startsWith("unrelated"));
  }

  /**
   * Thai is written without spaces between words: read as whole phrases, two versions of a story
   * with four one-word edits shared nothing; each character a token, as in Chinese, they are
   * versions of one story, and an unrelated Thai text stays apart.
   */
  @Test
  void versionsOfAThaiStoryWithOneWordEditsAreOneCluster() {
    String a =
        "\u0e2a\u0e20\u0e32\u0e40\u0e21\u0e37\u0e2d\u0e07\u0e25\u0e07\u0e21\u0e15\u0e34"
            + "\u0e40\u0e08\u0e47\u0e14\u0e15\u0e48\u0e2d\u0e2a\u0e2d\u0e07\u0e40\u0e2a\u0e35"
            + "\u0e22\u0e07\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e27\u0e31\u0e19\u0e2d\u0e31\u0e07"
            + "\u0e04\u0e32\u0e23\u0e43\u0e2b\u0e49\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e1b\u0e23"
            + "\u0e30\u0e15\u0e39\u0e01\u0e31\u0e49\u0e19\u0e19\u0e49\u0e33\u0e17\u0e48\u0e27"
            + "\u0e21 \u0e22\u0e38\u0e15\u0e34\u0e01\u0e32\u0e23\u0e16\u0e01\u0e40\u0e16\u0e35"
            + "\u0e22\u0e07\u0e17\u0e35\u0e48\u0e22\u0e32\u0e27\u0e19\u0e32\u0e19\u0e19\u0e31"
            + "\u0e1a\u0e2a\u0e34\u0e1a\u0e1b\u0e35\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e01"
            + "\u0e31\u0e1a\u0e27\u0e34\u0e18\u0e35\u0e1b\u0e01\u0e1b\u0e49\u0e2d\u0e07\u0e23"
            + "\u0e34\u0e21\u0e19\u0e49\u0e33";
    // the same story, "\u0e27\u0e31\u0e19\u0e2d\u0e31\u0e07\u0e04\u0e32\u0e23" (Tuesday)
    // made "\u0e27\u0e31\u0e19\u0e1e\u0e38\u0e18" (Wednesday)
    String b =
        a.replace(
            "\u0e27\u0e31\u0e19\u0e2d\u0e31\u0e07\u0e04\u0e32\u0e23",
            "\u0e27\u0e31\u0e19\u0e1e\u0e38\u0e18");
    assertThat(b).isNotEqualTo(a);
    String other =
        "\u0e19\u0e31\u0e01\u0e1f\u0e38\u0e15\u0e1a\u0e2d\u0e25\u0e17\u0e35\u0e21\u0e0a"
            + "\u0e32\u0e15\u0e34\u0e0a\u0e19\u0e30\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e04\u0e37"
            + "\u0e19\u0e19\u0e35\u0e49\u0e14\u0e49\u0e27\u0e22\u0e2a\u0e2d\u0e07\u0e1b\u0e23"
            + "\u0e30\u0e15\u0e39\u0e43\u0e19\u0e19\u0e32\u0e17\u0e35\u0e2a\u0e38\u0e14\u0e17"
            + "\u0e49\u0e32\u0e22";
    DedupResult result =
        Dedup.run(
            DedupOptions.defaults(),
            Stream.of(Document.of("a", a), Document.of("b", b), Document.of("other", other)));
    Map<String, String> p = partition(result);
    assertThat(p.get("a")).isEqualTo(p.get("b"));
    assertThat(p.get("other")).isNotEqualTo(p.get("a"));
  }

  /**
   * Thousands of copies of one story, each with a line of its own (so none is identical to
   * another): candidate search compares each with a few hundred others only, yet they stay one
   * cluster in any input order; they split into clusters of about a thousand before.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 7})
  void thousandsOfNearCopiesOfOneStoryStayOneClusterInAnyOrder(long seed) {
    SplittableRandom random = new SplittableRandom(1);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      for (int w = 0; w < 60; w++) {
        body.append("w").append(random.nextInt(5000)).append(w % 15 == 14 ? ". " : " ");
      }
      body.append("\n\n");
    }
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 2200; i++) {
      docs.add(Document.of("d" + i, body + "Update number " + i + "."));
    }
    if (seed > 0) {
      Collections.shuffle(docs, new Random(seed));
    }
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    assertThat(result.stats().clusters()).isEqualTo(1);
  }

  /** Attaching by vocabulary too: the same partition in any order, on one thread or two. */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void revisionsClusteringDoesNotDependOnInputOrderOrThreads(long seed) {
    List<Document> docs = namedArticles(seed);
    Map<String, String> expected =
        partition(Dedup.run(DedupOptions.revisions().withThreads(1), docs.stream()));
    assertThat(expected.get("article0/stub")).isEqualTo(expected.get("article0/v0"));
    List<Document> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, String> actual =
        partition(Dedup.run(DedupOptions.revisions().withThreads(2), shuffled.stream()));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 5, 8, 13})
  void clusteringDoesNotDependOnInputOrderOrThreads(long seed) {
    List<Document> docs = corpus(seed);
    Map<String, String> expected =
        partition(Dedup.run(DedupOptions.defaults().withThreads(1), docs.stream()));
    List<Document> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, String> actual =
        partition(Dedup.run(DedupOptions.defaults().withThreads(2), shuffled.stream()));
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * Seeded corpora with exact copies of some documents: the pairs {@link
   * DedupOptions.Pairs#CLUSTERS} lists are pairs that {@code ALL} lists too, in the same order, n −
   * 1 of them for a cluster of n, and they connect every cluster; {@code NONE} lists none; clusters
   * and counts do not change.
   */
  @ParameterizedTest
  @ValueSource(longs = {2, 3, 5, 8, 13})
  void clusterPairsAreVerifiedPairsThatConnectEveryCluster(long seed) {
    List<Document> docs = new ArrayList<>(corpus(seed));
    SplittableRandom r = new SplittableRandom(seed);
    for (int c = 0; c < 4; c++) {
      Document d = docs.get(r.nextInt(docs.size() - 1));
      docs.add(r.nextInt(docs.size()), Document.of(d.id() + "-exact-" + c, d.text()));
    }
    DedupOptions o =
        DedupOptions.defaults()
            .withKeep(seed % 2 == 0 ? DedupOptions.Keep.FIRST : DedupOptions.Keep.LONGEST);
    DedupResult all = Dedup.run(o, docs.stream());
    DedupResult trees = Dedup.run(o.withPairs(DedupOptions.Pairs.CLUSTERS), docs.stream());
    DedupResult none = Dedup.run(o.withPairs(DedupOptions.Pairs.NONE), docs.stream());

    assertThat(trees.documents()).isEqualTo(all.documents()).isEqualTo(none.documents());
    assertThat(trees.stats()).isEqualTo(all.stats()).isEqualTo(none.stats());
    assertThat(all.stats().relatedPairs()).isEqualTo(all.pairs().size());
    assertThat(none.pairs()).isEmpty();
    assertThat(all.pairs()).containsSubsequence(trees.pairs());
    assertThat(trees.pairs()).hasSize(all.stats().duplicates());
    Map<String, String> root = new HashMap<>();
    Map<String, Integer> cluster = new HashMap<>();
    all.documents().forEach(a -> root.put(a.id(), a.id()));
    all.documents().forEach(a -> cluster.put(a.id(), a.cluster()));
    for (DedupResult.Pair p : trees.pairs()) {
      assertThat(cluster.get(p.a())).as(p.toString()).isEqualTo(cluster.get(p.b()));
      root.put(find(root, p.a()), find(root, p.b()));
    }
    Map<Integer, String> clusterRoot = new HashMap<>();
    for (DedupResult.Assignment a : all.documents()) {
      assertThat(clusterRoot.computeIfAbsent(a.cluster(), c -> find(root, a.id())))
          .as("%s is connected to its cluster", a.id())
          .isEqualTo(find(root, a.id()));
    }
    assertThat(trees.stats().clusters()).isEqualTo(clusterRoot.size());
  }

  /** The root of {@code id} in a union-find forest kept as a map. */
  private static String find(Map<String, String> parent, String id) {
    String p = id;
    while (!parent.get(p).equals(p)) {
      p = parent.get(p);
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 34})
  void everyReportedPairAlsoComesOutOfTheExhaustiveSearchWithEqualScores(long seed) {
    List<Document> docs = corpus(seed);
    DedupOptions o = DedupOptions.defaults();
    DedupResult lsh = Dedup.run(o, docs.stream());
    DedupResult all =
        Dedup.run(o.withCandidates(o.candidates().withExhaustive(true)), docs.stream());
    assertThat(all.pairs()).containsAll(lsh.pairs());
    assertThat(partition(lsh)).isEqualTo(partition(all));
  }

  @ParameterizedTest
  @ValueSource(longs = {55, 89})
  void spillingShinglesToDiskGivesTheSameResultAsMemory(long seed, @TempDir Path dir)
      throws IOException {
    List<Document> docs = corpus(seed);
    DedupResult memory = Dedup.run(DedupOptions.defaults(), docs.stream());
    DedupOptions spill =
        DedupOptions.defaults().withStorage(new DedupOptions.Storage(dir.toString(), 0));
    DedupResult disk = Dedup.run(spill, docs.stream());
    assertThat(disk.pairs()).isEqualTo(memory.pairs());
    assertThat(disk.documents()).isEqualTo(memory.documents());
    assertThat(memory.stats().spilledBytes()).isZero();
    // every shingle set went to the file, raw and final: at least the final sets' bytes
    long setBytes =
        disk.documents().stream().mapToLong(a -> (long) a.shingles() * Long.BYTES).sum();
    assertThat(disk.stats().spilledBytes()).isGreaterThanOrEqualTo(setBytes).isPositive();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("the spill file is deleted").isEmpty();
    }
  }

  @Test
  void aDigestHoldingThreeStoriesDoesNotMergeThem() {
    SplittableRandom r = new SplittableRandom(99);
    String a = sentence(r, 120);
    String b = sentence(r, 120);
    String c = sentence(r, 120);
    List<Document> docs =
        List.of(
            Document.of("story-a", a),
            Document.of("story-b", b),
            Document.of("story-c", c),
            Document.of("digest", a + "\n\n" + b + "\n\n" + c + "\n\n" + sentence(r, 10)));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    Map<String, String> p = partition(result);
    assertThat(p.get("story-a")).isNotEqualTo(p.get("story-b")).isNotEqualTo(p.get("story-c"));
    assertThat(p.get("story-b")).isNotEqualTo(p.get("story-c"));
    assertThat(result.pairs())
        .extracting(DedupResult.Pair::relation)
        .containsOnly(Relation.CONTAINED);
  }

  @Test
  void noticesWrittenToOneTemplateStayApartWhileAnEditedVersionJoins() {
    // wire notices: the same phrases, another company and other figures in every sentence
    String template =
        "%s Corp is raising %d mln dlrs via an offering of convertible subordinated debentures due"
            + " 2012 with a %s pct coupon and par pricing, said lead manager %s.\n\n"
            + "The debentures are convertible into the company's common stock at %d dlrs per"
            + " share, representing a premium of %d pct over the stock price when terms were"
            + " set.\n\n"
            + "The issue is rated %s by Moody's and %s by Standard and Poor's, %s said.\n";
    String essex =
        String.format(
            java.util.Locale.ROOT,
            template,
            "Essex Chemical",
            60,
            "six",
            "Thomson McKinnon",
            40,
            24,
            "B-1",
            "BB",
            "Essex");
    String oakwood =
        String.format(
            java.util.Locale.ROOT,
            template,
            "Oakwood Homes",
            25,
            "6-1/2",
            "Donaldson Lufkin",
            21,
            26,
            "B-2",
            "B",
            "Oakwood");
    String micro =
        String.format(
                java.util.Locale.ROOT,
                template,
                "Micropolis",
                75,
                "seven",
                "Kidder Peabody",
                48,
                22,
                "Ba-3",
                "BB-",
                "it")
            .replace("via", "through")
            .replace("lead manager", "sole underwriter");
    // a version of the Essex notice: one sentence rewritten, a paragraph added
    String essexUpdate =
        essex.replace("set.", "set on Friday.")
            + "\nEssex shares closed at 35 dlrs, up one, in heavy trading on Wall Street.\n";
    List<Document> docs =
        List.of(
            Document.of("essex", essex),
            Document.of("oakwood", oakwood),
            Document.of("micropolis", micro),
            Document.of("essex-update", essexUpdate));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    Map<String, String> p = partition(result);
    assertThat(p.get("essex")).isEqualTo(p.get("essex-update"));
    assertThat(p.get("essex")).isNotEqualTo(p.get("oakwood")).isNotEqualTo(p.get("micropolis"));
    assertThat(p.get("oakwood")).isNotEqualTo(p.get("micropolis"));
    // the revisions preset, for rewritten revision histories, does join the template, unless the
    // notices' different figures tell them apart
    DedupOptions revisions = DedupOptions.revisions();
    DedupOptions noFigures = revisions.withRelations(revisions.relations().withFigureOverlap(0));
    Map<String, String> loose = partition(Dedup.run(noFigures, docs.stream()));
    assertThat(loose.get("essex")).isEqualTo(loose.get("oakwood"));
    Map<String, String> figures = partition(Dedup.run(revisions, docs.stream()));
    assertThat(figures.get("essex")).isNotEqualTo(figures.get("oakwood"));
    assertThat(figures.get("essex")).isEqualTo(figures.get("essex-update"));
  }

  /** A paragraph of {@code t}'s sentences with two of {@code names} in each. */
  private static String namedParagraph(TestTexts t, List<String> names) {
    StringBuilder sb = new StringBuilder();
    int sentences = 3 + t.random().nextInt(3);
    for (int i = 0; i < sentences; i++) {
      String s = t.sentence();
      sb.append(i == 0 ? "" : " ")
          .append(names.get(t.random().nextInt(names.size())))
          .append(" and ")
          .append(names.get(t.random().nextInt(names.size())))
          .append(' ')
          .append(Character.toLowerCase(s.charAt(0)))
          .append(s.substring(1));
    }
    return sb.toString();
  }

  /**
   * Twenty articles of three revisions each, every article with names of its own, and a stub of
   * article 0 ({@code article0/stub}) that shares its names but none of its text.
   */
  private static List<Document> namedArticles(long seed) {
    TestTexts t = new TestTexts(seed);
    List<Document> docs = new ArrayList<>();
    List<List<String>> names = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      List<String> own = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        String w = t.word() + t.word();
        own.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      names.add(own);
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 6; p++) {
        paragraphs.add(namedParagraph(t, own));
      }
      for (int v = 0; v < 3; v++) {
        paragraphs.set(v, t.lightlyEdited(paragraphs.get(v)));
        docs.add(Document.of("article" + a + "/v" + v, TestTexts.join(paragraphs)));
      }
    }
    // article 0's first revision, a stub written before the article: none of its text survives
    docs.add(
        Document.of(
            "article0/stub",
            TestTexts.join(
                List.of(namedParagraph(t, names.get(0)), namedParagraph(t, names.get(0))))));
    return docs;
  }

  @Test
  void revisionsPresetJoinsARewrittenStubByItsArticlesNamesAndNewsKeepsItApart() {
    List<Document> docs = namedArticles(21);
    DedupResult joined = Dedup.run(DedupOptions.revisions(), docs.stream());
    Map<String, String> revisions = partition(joined);
    assertThat(revisions.get("article0/stub")).isEqualTo(revisions.get("article0/v0"));
    // the stub alone is marked as in its cluster by vocabulary
    assertThat(
            joined.documents().stream()
                .filter(DedupResult.Assignment::byVocabulary)
                .map(DedupResult.Assignment::id))
        .containsExactly("article0/stub");
    assertThat(revisions.values().stream().distinct()).hasSize(20);
    DedupOptions noVocabulary =
        DedupOptions.revisions()
            .withClusters(DedupOptions.revisions().clusters().withAttachByVocabulary(0));
    Map<String, String> textOnly = partition(Dedup.run(noVocabulary, docs.stream()));
    assertThat(textOnly.get("article0/stub")).isEqualTo("article0/stub");
    Map<String, String> news = partition(Dedup.run(DedupOptions.defaults(), docs.stream()));
    assertThat(news.get("article0/stub")).isEqualTo("article0/stub");
    assertThat(news.get("article0/v2")).isEqualTo(news.get("article0/v0"));
  }

  /** One bond notice of a wire template: its own lede, two whole template sentences. */
  static String bondNotice(SplittableRandom r, int n) {
    return "Issuer number "
        + n
        + " is issuing a "
        + (10 + n)
        + " billion yen eurobond due "
        + sentence(r, 14)
        + "\n\nThe non-callable bond is available in denominations of "
        + sentence(r, 6)
        + " The selling concession is 1-1/4 pct while management and underwriting combined"
        + " pays 5/8 pct.\n\nThe payment date is "
        + sentence(r, 3)
        + " The bonds will be listed in Luxembourg and sold in the euromarket by the"
        + " syndicate.\n";
  }

  @Test
  void noticesSharingWholeTemplateSentencesStayApartWhileAnUpdateJoins() {
    SplittableRandom r = new SplittableRandom(11);
    List<Document> docs = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      notices.add(bondNotice(r, n));
      docs.add(Document.of("notice" + n, notices.get(n)));
    }
    // an update of notice 0: its last paragraph replaced, a paragraph added
    String first = notices.get(0);
    String update =
        first.substring(0, first.lastIndexOf("\n\n"))
            + "\n\n"
            + sentence(r, 12)
            + "\n\n"
            + sentence(r, 10)
            + "\n";
    docs.add(Document.of("notice0-update", update));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    Map<String, String> p = partition(result);
    for (int n = 1; n < 12; n++) {
      assertThat(p.get("notice" + n)).as("notice %d", n).isNotEqualTo(p.get("notice0"));
    }
    assertThat(p.get("notice0-update")).isEqualTo(p.get("notice0"));
    assertThat(
            result.pairs().stream()
                .filter(x -> x.a().startsWith("notice1") || x.b().startsWith("notice1"))
                .map(DedupResult.Pair::relation))
        .isNotEmpty()
        .containsOnly(Relation.PARTIAL);
    // counting every shared sentence, the template's sentences make the notices versions
    DedupOptions counting =
        DedupOptions.defaults()
            .withRelations(DedupOptions.defaults().relations().withSentenceStories(0));
    Map<String, String> joined = partition(Dedup.run(counting, docs.stream()));
    assertThat(joined.get("notice1")).isEqualTo(joined.get("notice2"));
  }

  @Test
  void repeatedCaptionsCountOnceAndRecurringChromeIsBoilerplate() {
    SplittableRandom r = new SplittableRandom(7);
    String chrome = "Leave a comment. Your email address will not be published.";
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(Document.of("page" + i, sentence(r, 15) + "\n\n" + chrome));
    }
    String caption = "Photo: workers inspect the sea wall near Pier 9.";
    String story = sentence(r, 80);
    docs.add(Document.of("with-captions", caption + "\n\n" + story + "\n\n" + caption));
    docs.add(Document.of("without", story + "\n\n" + caption));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    assertThat(result.boilerplate())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.text()).isEqualTo(chrome);
              assertThat(b.documents()).isEqualTo(5);
            });
    assertThat(result.pairs())
        .singleElement()
        .satisfies(p -> assertThat(p.relation()).isEqualTo(Relation.IDENTICAL));
  }

  @Test
  void pagesOfChromeAloneJoinEachOtherAndNoArticleOfTheirSite() {
    SplittableRandom r = new SplittableRandom(5);
    String header = "Riverside Gazette | Home | News | Sport | Weather | Contact us";
    String footer =
        "Leave a comment. Your email address will not be published. Copyright Riverside Gazette.";
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(Document.of("article" + i, header + "\n\n" + sentence(r, 60) + "\n\n" + footer));
    }
    for (int i = 0; i < 3; i++) {
      docs.add(Document.of("chrome" + i, header + "\n\n" + footer)); // a page with no content
    }
    docs.add(Document.of("chrome-title", header + "\n\nPage not found\n\n" + footer));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    assertThat(result.boilerplate()).extracting(DedupResult.Boilerplate::text).contains(header);
    Map<String, String> p = partition(result);
    assertThat(p.get("chrome0")).isEqualTo("chrome0,chrome1,chrome2");
    assertThat(p.get("chrome-title")).isEqualTo("chrome-title");
    for (int i = 0; i < 6; i++) {
      assertThat(p.get("article" + i)).isEqualTo("article" + i);
    }
    assertThat(result.pairs())
        .filteredOn(x -> x.relation() == Relation.IDENTICAL)
        .extracting(x -> x.a() + "=" + x.b())
        .containsExactlyInAnyOrder("chrome0=chrome1", "chrome0=chrome2");
  }

  /** A site's menu and comment form, lines {@code SiteChrome} recognises. */
  private static final String SITE_MENU =
      "Home | News | Politics | Business | Sport | Weather | Contact";

  private static final String COMMENT_FORM =
      "Leave a comment\nYour email address will not be published. Required fields are marked *";

  @Test
  void aSitesNearEmptyPagesDoNotMakeItsChromeContentNorJoinItsStories() {
    // two near-empty pages (a search without results, a missing page) in six: a quarter of the
    // pages holding the chrome consisted of it, so it was taken for a short story printed on its
    // own, left in the scores, and every article "contained" both empty pages: one cluster
    SplittableRandom r = new SplittableRandom(11);
    String masthead = "COASTAL COURIER";
    String readMore = "Read more at coastalcourier.example.com";
    String copyright = "\u00A9 2005 Coastal Courier Media Ltd. All rights reserved.";
    String top = masthead + "\n\n" + SITE_MENU + "\n\n";
    String bottom = "\n\n" + readMore + "\n\n" + COMMENT_FORM + "\n\n" + copyright;
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(Document.of("article" + i, top + sentence(r, 120) + bottom));
    }
    docs.add(Document.of("no-results", top + "No results found." + bottom));
    docs.add(Document.of("not-found", top + "Page not found." + bottom));
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    assertThat(result.boilerplate())
        .extracting(DedupResult.Boilerplate::text)
        .contains(SITE_MENU, readMore);
    Map<String, String> p = partition(result);
    for (String id : List.of("article0", "article3", "article5", "no-results", "not-found")) {
      assertThat(p.get(id)).as(id).isEqualTo(id);
    }
  }

  @Test
  void keepLongestCountsTheWordsOutsideBoilerplate() {
    // the reprint in site chrome has more words than the clean article, all of them chrome
    SplittableRandom r = new SplittableRandom(13);
    List<Document> docs = new ArrayList<>();
    String story = sentence(r, 150);
    docs.add(Document.of("clean", story));
    docs.add(Document.of("wrapped", SITE_MENU + "\n\n" + story + "\n\n" + COMMENT_FORM));
    for (int i = 0; i < 4; i++) {
      docs.add(
          Document.of("other" + i, SITE_MENU + "\n\n" + sentence(r, 80) + "\n\n" + COMMENT_FORM));
    }
    DedupResult result =
        Dedup.run(DedupOptions.defaults().withKeep(DedupOptions.Keep.LONGEST), docs.stream());
    assertThat(result.boilerplate()).extracting(DedupResult.Boilerplate::text).contains(SITE_MENU);
    assertThat(result.documents())
        .filteredOn(DedupResult.Assignment::representative)
        .extracting(DedupResult.Assignment::id)
        .contains("clean")
        .doesNotContain("wrapped");
  }

  @Test
  void theUnchangedLedeOfARevisedArticleIsNotBoilerplate() {
    // four revisions: the lede stays whole, every other paragraph gets one word edited in each
    // revision and the article grows, so no other paragraph recurs whole in three revisions
    SplittableRandom r = new SplittableRandom(11);
    String lede = sentence(r, 30);
    List<String> body = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      body.add(sentence(r, 40));
    }
    List<Document> docs = new ArrayList<>();
    for (int rev = 0; rev < 4; rev++) {
      for (int p = 0; p < body.size(); p++) {
        String[] words = body.get(p).split(" ");
        words[r.nextInt(words.length - 1)] = "edit" + rev;
        body.set(p, String.join(" ", words));
      }
      body.add(sentence(r, 40));
      docs.add(Document.of("rev" + rev, lede + "\n\n" + String.join("\n\n", body)));
    }
    for (int u = 0; u < 4; u++) {
      docs.add(Document.of("other" + u, sentence(r, 120)));
    }
    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());
    assertThat(result.boilerplate()).isEmpty();
    Map<String, String> p = partition(result);
    assertThat(p.get("rev0")).isEqualTo("rev0,rev1,rev2,rev3");
    assertThat(p.get("other0")).isEqualTo("other0");
  }

  @Test
  void resultsComeBackInInputOrderAcrossManyAnalysisBatches() {
    // more documents than the analysis keeps in flight (threads x 4 batches of up to 64)
    List<Document> docs = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7);
    for (int d = 0; d < 1500; d++) {
      int words = r.nextInt(40);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < words; w++) {
        text.append("w").append(r.nextInt(300)).append(' ');
      }
      docs.add(Document.of("doc-" + d, text.toString()));
    }
    DedupResult result = Dedup.run(DedupOptions.defaults().withThreads(2), docs.stream());
    assertThat(result.documents().stream().map(DedupResult.Assignment::id).toList())
        .isEqualTo(docs.stream().map(Document::id).toList());
    assertThat(result.documents().stream().mapToInt(DedupResult.Assignment::words).toArray())
        .isEqualTo(
            docs.stream()
                .mapToInt(d -> d.text().isBlank() ? 0 : d.text().split(" ").length)
                .toArray());
  }

  @Test
  void emptyDocumentsWithEverythingSpilledToDisk(@TempDir Path dir) {
    List<Document> docs =
        List.of(
            Document.of("empty", ""),
            Document.of("blank", "   \n\n  "),
            Document.of("text", "a few words that make one shingle or two"),
            Document.of("empty-again", ""));
    DedupOptions spill =
        DedupOptions.defaults().withStorage(new DedupOptions.Storage(dir.toString(), 0));
    DedupResult result = Dedup.run(spill, docs.stream());
    assertThat(result.documents()).hasSize(4);
    assertThat(result.stats().emptyDocuments()).isEqualTo(3);
  }

  @Test
  void passageSearchFindsAQuoteInsideLongDocuments() {
    SplittableRandom r = new SplittableRandom(42);
    String quote = sentence(r, 40);
    List<Document> docs = new ArrayList<>();
    // two long unrelated articles that share one 40-word passage, a small part of each: Jaccard
    // about 0.01, far below what LSH on whole-document sketches finds
    docs.add(Document.of("a", sentence(r, 1500) + "\n\n" + quote + "\n\n" + sentence(r, 1500)));
    docs.add(Document.of("b", sentence(r, 2500) + " " + quote + " " + sentence(r, 800)));
    for (int u = 0; u < 20; u++) {
      docs.add(Document.of("other-" + u, sentence(r, 500)));
    }
    DedupOptions off = DedupOptions.defaults();
    DedupOptions on = off.withCandidates(off.candidates().withPassages(8, 2));
    assertThat(Dedup.run(off, docs.stream()).pairs()).isEmpty();
    List<DedupResult.Pair> found = Dedup.run(on, docs.stream()).pairs();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).a()).isEqualTo("a");
    assertThat(found.get(0).b()).isEqualTo("b");
    assertThat(found.get(0).relation()).isEqualTo(Relation.PARTIAL);
    assertThat(found.get(0).scores().shared()).isEqualTo(36); // the quote's 5-word shingles
    // the clusters are the same with and without it: a partial pair joins nothing
    assertThat(partition(Dedup.run(on, docs.stream())))
        .isEqualTo(partition(Dedup.run(off, docs.stream())));
  }
}
