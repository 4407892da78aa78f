package org.doppel.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.doppel.TestTexts;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Aligner examples and properties. */
public class AlignerTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.defaults();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static List<Passage> align(String a, String b) {
    return Aligner.defaults().align(ANALYZER.analyze(a), ANALYZER.analyze(b));
  }

  /** The passages of {@code a} and {@code b} aligned in either order, A's side first in both. */
  private static List<List<Passage>> bothWays(String a, String b) {
    return List.of(align(a, b), align(b, a).stream().map(Passage::mirror).toList());
  }

  /** {@code n} random sentences. */
  private static List<String> sentences(TestTexts t, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(t.sentence());
    }
    return out;
  }

  @Test
  void identicalTextsShareOnePassageCoveringBoth() {
    TestTexts t = new TestTexts(7);
    String text = TestTexts.join(List.of(t.paragraph(), t.paragraph(), t.paragraph()));
    List<Passage> ps = align(text, text);
    assertThat(ps).hasSize(1);
    Passage p = ps.get(0);
    assertThat(p.a()).isEqualTo(p.b());
    assertThat(p.a().start()).isZero();
    assertThat(p.a().end()).isEqualTo(text.stripTrailing().length());
    assertThat(p.score()).isGreaterThan(0.99);
  }

  @Test
  void emptyAndBlankTextsShareNothing() {
    assertThat(align("", "")).isEmpty();
    assertThat(align("", "Some text here with words.")).isEmpty();
    assertThat(align(" \n\n\t", "Some text here with words.")).isEmpty();
  }

  @Test
  void unrelatedTextsShareNothing() {
    TestTexts t = new TestTexts(11);
    String a = TestTexts.join(List.of(t.paragraph(), t.paragraph(), t.paragraph()));
    String b = TestTexts.join(List.of(t.paragraph(), t.paragraph(), t.paragraph()));
    assertThat(align(a, b)).isEmpty();
  }

  @Test
  void aCaptionRepeatedOnEveryParagraphDoesNotSeedEverywhere() {
    // without the repeat guard this pair takes minutes (every caption seeds with every caption)
    TestTexts t = new TestTexts(9);
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      ps.add(t.sentence() + " Photo caption shows the mayor at the opening of the new bridge.");
    }
    String text = TestTexts.join(ps);
    List<Passage> out = align(text, text);
    assertThat(out).isNotEmpty();
    for (Passage p : out) {
      assertThat(p.a()).isEqualTo(p.b());
    }
  }

  @Test
  void aPassageMovedFarIsFoundOnItsOwn() {
    TestTexts t = new TestTexts(3);
    List<String> a = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      a.add(t.paragraph());
    }
    List<String> b = new ArrayList<>(a);
    String moved = b.remove(0);
    b.add(moved);
    List<Passage> ps = align(TestTexts.join(a), TestTexts.join(b));
    assertThat(ps).hasSize(2);
    // the moved paragraph: first in A, last in B
    assertThat(ps.get(0).a().start()).isZero();
    assertThat(ps.get(0).b().start()).isGreaterThan(ps.get(1).b().start());
  }

  @Test
  void verbatimCopyInsideOtherTextGetsExactBoundaries() {
    TestTexts t = new TestTexts(5);
    String copied = t.paragraph() + " " + t.paragraph();
    String a = TestTexts.join(List.of(t.paragraph(), t.paragraph(), "Intro words here " + copied));
    String b = TestTexts.join(List.of(copied, t.paragraph(), t.paragraph()));
    List<Passage> ps = align(a, b);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a().of(a)).isEqualTo(copied);
    assertThat(ps.get(0).b().of(b)).isEqualTo(copied);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void twoBlocksCopiedInSwappedOrderAreTwoExactPassages(long seed) {
    // A holds X, other text, then Y; B holds Y then X: single linkage joins the two copies where
    // they meet, and snapped as one they kept one block and lost the other
    TestTexts t = new TestTexts(seed);
    String x = t.sentence() + " " + t.sentence() + " " + t.sentence();
    String y = t.sentence() + " " + t.sentence() + " " + t.sentence();
    String a = TestTexts.join(List.of(t.paragraph(), x, t.sentence() + " " + t.sentence(), y));
    String b = TestTexts.join(List.of(y, x, t.paragraph()));
    for (List<Passage> ps : bothWays(a, b)) {
      assertThat(ps)
          .as("seed %d: %s", seed, ps)
          .anySatisfy(p -> assertThat(p.a().of(a)).isEqualTo(x))
          .anySatisfy(p -> assertThat(p.a().of(a)).isEqualTo(y))
          .allSatisfy(p -> assertThat(p.b().of(b)).isEqualTo(p.a().of(a)));
    }
  }

  /** One sentence of at least 160 characters: sentences of {@code t} run together by commas. */
  private static String longSentence(TestTexts t) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 160) {
      String s = t.sentence();
      s = s.substring(0, s.length() - 1); // without its full stop
      sb.append(sb.length() == 0 ? s : ", and " + s.toLowerCase(Locale.ROOT));
    }
    return sb.append('.').toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void twoParagraphsSwappedAreTwoPassagesWhenOneIsASingleSentence(long seed) {
    // the single-sentence paragraph is one seed crossing the other copy's diagonal: it was joined
    // to that copy, and snapped to the longer copy the passage lost it
    TestTexts t = new TestTexts(seed);
    String x = longSentence(t);
    String y = t.sentence() + " " + t.sentence() + " " + t.sentence();
    String a = TestTexts.join(List.of(x, y));
    String b = TestTexts.join(List.of(y, x));
    for (List<Passage> ps : bothWays(a, b)) {
      assertThat(ps)
          .as("seed %d: %s", seed, ps)
          .hasSize(2)
          .anySatisfy(p -> assertThat(p.a().of(a)).isEqualTo(x))
          .anySatisfy(p -> assertThat(p.a().of(a)).isEqualTo(y))
          .allSatisfy(p -> assertThat(p.b().of(b)).isEqualTo(p.a().of(a)));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCopiedParagraphDoesNotTakeTheEqualWordsAcrossTheBreaksAroundIt(long seed) {
    // the paragraphs before the copy end with the same word in both texts, those after it open
    // with the same word: the ends' extension over equal words carried the passage over the
    // breaks, into text that is no part of the copy (and often part of another passage)
    TestTexts t = new TestTexts(seed);
    String f = t.paragraph() + " " + t.paragraph(); // long enough to be reported (150 characters)
    String a =
        TestTexts.join(List.of(t.paragraph() + " It ended today.", f, "The " + t.paragraph()));
    String b =
        TestTexts.join(List.of(t.paragraph() + " We left today.", f, "The " + t.paragraph()));
    for (List<Passage> ps : bothWays(a, b)) {
      assertThat(ps)
          .as("seed %d: %s", seed, ps)
          .anySatisfy(
              p -> {
                assertThat(p.a().of(a)).isEqualTo(f);
                assertThat(p.b().of(b)).isEqualTo(f);
              });
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSentenceOfTheCopyRepeatedNearItDoesNotStretchThePassage(long seed) {
    // B repeats an early sentence of the copy a little after it, and A breaks the copy's lines
    // inside sentences (more units on its side): the seed the repeat makes joins the copy's
    // fragment and widens its box in B, and the exact match nearest the box's far corner was then
    // the repeat, which cut the passage's A side short and stretched its B side
    TestTexts t = new TestTexts(seed);
    List<String> sentences = sentences(t, 5);
    String copied = String.join(" ", sentences);
    StringBuilder broken = new StringBuilder();
    for (String sentence : sentences) {
      int cut = sentence.indexOf(' ', sentence.length() / 2);
      broken.append(broken.length() == 0 ? "" : " ");
      broken.append(
          cut < 0 ? sentence : sentence.substring(0, cut) + "\n" + sentence.substring(cut + 1));
    }
    String a = TestTexts.join(List.of(t.paragraph(), broken.toString(), t.paragraph()));
    String b =
        TestTexts.join(List.of(copied, t.sentence() + " " + t.sentence() + " " + sentences.get(1)));
    List<Passage> ps = align(a, b);
    assertThat(ps)
        .as("seed %d: %s", seed, ps)
        .anySatisfy(
            p -> {
              assertThat(p.a().of(a)).isEqualTo(broken.toString());
              assertThat(p.b().of(b)).isEqualTo(copied);
            });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCopyStartsWhereItIsThoughItsFirstWordsAlsoComeEarlier(long seed) {
    // forum pages: "posted 1 year ago" heads every post, so the copy's first words occur before
    // it too; the passage starts where the copy does
    TestTexts t = new TestTexts(seed);
    String header = "Posted one year and two months ago by admin.";
    String copied = header + " " + t.paragraph();
    String a = TestTexts.join(List.of(t.paragraph(), copied, t.paragraph()));
    String b = TestTexts.join(List.of(header + " " + t.sentence() + " " + t.sentence(), copied));
    for (List<Passage> ps : bothWays(a, b)) {
      assertThat(ps)
          .as("seed %d: %s", seed, ps)
          .anySatisfy(
              p -> {
                assertThat(p.a().of(a)).isEqualTo(copied);
                assertThat(p.b().of(b)).isEqualTo(copied);
              });
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anEditedCopyBrokenIntoLinesInsideItsSentencesIsFound(long seed) {
    // one text breaks its lines every three words, inside sentences (each line a paragraph to the
    // text model), and replaces every third word: cut at every break, the units were a few words
    // each and too short to seed; a break before a lower-case word now continues the unit
    TestTexts t = new TestTexts(seed);
    List<String> sentences = sentences(t, 6);
    String copied = String.join(" ", sentences);
    StringBuilder edited = new StringBuilder();
    String[] words = copied.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String w = i % 3 == 2 && Character.isLowerCase(words[i].charAt(0)) ? t.word() : words[i];
      edited.append(i == 0 ? "" : i % 3 == 0 && Character.isLowerCase(w.charAt(0)) ? "\n\n" : " ");
      edited.append(w);
    }
    String block = edited.toString();
    String a = TestTexts.join(List.of(t.paragraph(), block, t.paragraph()));
    String b = TestTexts.join(List.of(t.paragraph(), copied, t.paragraph()));
    int blockStart = a.indexOf(block);
    int copyStart = b.indexOf(copied);
    for (List<Passage> ps : bothWays(a, b)) {
      assertThat(ps)
          .as("seed %d: %s", seed, ps)
          .anySatisfy(
              p -> {
                assertThat(covered(p.a(), blockStart, blockStart + block.length()))
                    .isGreaterThan(block.length() * 4 / 5);
                assertThat(covered(p.b(), copyStart, copyStart + copied.length()))
                    .isGreaterThan(copied.length() * 4 / 5);
              });
    }
  }

  /** Characters of {@code [from, to)} that {@code s} covers. */
  private static int covered(org.doppel.text.Span s, int from, int to) {
    return Math.max(0, Math.min(s.end(), to) - Math.max(s.start(), from));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void textSplitIntoShortParagraphsOnOneSideIsOnePassage(long seed) {
    // a fact sheet: many short lines on one side, the same words run together on the other
    TestTexts t = new TestTexts(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add("<p>" + t.word() + " - " + t.word() + " " + t.word() + ":");
      lines.add(t.word() + " " + t.word() + " - $" + i + "." + (i + 3) + " trillion (1999 est.)");
      for (int k = 0; k < 3; k++) {
        lines.add(t.word() + ":");
        lines.add((10 * i + k) + "%");
      }
    }
    String a = t.paragraph() + "\n\n" + String.join("\n\n", lines);
    String b = t.paragraph() + "\n\n" + t.paragraph() + "\n\n" + String.join("\n", lines);
    List<Passage> ps = align(a, b);
    assertThat(ps)
        .anySatisfy(
            p ->
                assertThat(p.a().of(a))
                    .contains(lines.get(1))
                    .contains(lines.get(lines.size() - 2)));
    assertNoTwoOverlapOnBothSides(ps);
    assertNoTwoOverlapOnBothSides(align(b, a));
  }

  /** No two passages overlap on both sides: the same shared text is reported once. */
  private static void assertNoTwoOverlapOnBothSides(List<Passage> ps) {
    for (int i = 0; i < ps.size(); i++) {
      for (int j = i + 1; j < ps.size(); j++) {
        Passage p = ps.get(i);
        Passage q = ps.get(j);
        assertThat(overlap(p.a(), q.a()) && overlap(p.b(), q.b()))
            .as("%s and %s overlap on both sides", p, q)
            .isFalse();
      }
    }
  }

  private static boolean overlap(org.doppel.text.Span x, org.doppel.text.Span y) {
    return x.start() < y.end() && y.start() < x.end();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void passagesPointAtNearlyEqualTextAndMirror(long seed) {
    TestTexts t = new TestTexts(seed);
    SplittableRandom r = t.random();
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(5); i++) {
      shared.add(t.paragraph());
    }
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (String s : shared) {
      a.add(s);
      b.add(t.lightlyEdited(s));
      for (int k = r.nextInt(3); k > 0; k--) {
        a.add(t.paragraph());
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        b.add(t.paragraph());
      }
    }
    if (r.nextBoolean()) {
      Collections.shuffle(b, new java.util.Random(seed));
    }
    String ta = TestTexts.join(a);
    String tb = TestTexts.join(b);
    AnalyzedText xa = ANALYZER.analyze(ta);
    AnalyzedText xb = ANALYZER.analyze(tb);
    List<Passage> ps = Aligner.defaults().align(xa, xb);
    assertThat(ps).isNotEmpty();
    for (Passage p : ps) {
      assertThat(p.a().end()).isLessThanOrEqualTo(ta.length());
      assertThat(p.b().end()).isLessThanOrEqualTo(tb.length());
      assertThat(dice(words(p.a().of(ta)), words(p.b().of(tb))))
          .as("words of %s", p)
          .isGreaterThan(0.6);
    }
    assertNoTwoOverlapOnBothSides(ps);
    assertMirrors(ps, xa, xb);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void textsOfFewWordsWithRepeatedPhrasesMirror(long seed) {
    // trigrams recur all over such texts, so the ends of a passage can snap to several matches at
    // the same distance: the choice must not depend on which text is A
    SplittableRandom r = new SplittableRandom(seed);
    String[] vocabulary = new String[12];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + (char) ('a' + i) + "rd";
    }
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < 40; s++) {
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < 6 + r.nextInt(6); w++) {
        sentence.append(w == 0 ? "" : " ").append(vocabulary[r.nextInt(vocabulary.length)]);
      }
      sentence.append(". ");
      int k = r.nextInt(6);
      if (k > 0) {
        a.append(sentence);
      }
      if (k != 1) {
        b.append(sentence);
      }
      if (r.nextInt(8) == 0) {
        a.append("\n\n");
      }
    }
    AnalyzedText xa = ANALYZER.analyze(a.toString());
    AnalyzedText xb = ANALYZER.analyze(b.toString());
    assertMirrors(Aligner.defaults().align(xa, xb), xa, xb);
  }

  /** Aligning B with A finds passages {@code ps} of A with B, mirrored. */
  private static void assertMirrors(List<Passage> ps, AnalyzedText xa, AnalyzedText xb) {
    Set<Passage> mirrored = new HashSet<>();
    for (Passage p : Aligner.defaults().align(xb, xa)) {
      mirrored.add(p.mirror());
    }
    assertThat(mirrored).containsExactlyInAnyOrderElementsOf(ps);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomUnicodeNeverThrowsAndStaysInBounds(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String a = randomUnicode(r, 2000);
    String b = r.nextBoolean() ? a : randomUnicode(r, 2000);
    for (Passage p : align(a, b)) {
      assertThat(p.a().end()).isLessThanOrEqualTo(a.length());
      assertThat(p.b().end()).isLessThanOrEqualTo(b.length());
    }
  }

  /** A string of random pieces: words, marks, surrogates (some lone), line breaks. */
  public static String randomUnicode(SplittableRandom r, int n) {
    String[] pieces = {
      "word",
      "Wörd",
      "\u0301",
      "\uD83D\uDE00",
      "\r\n",
      "\n\n",
      " ",
      ".",
      "\u201C",
      "\u201D",
      "\u00A0",
      "日本",
      "Ab.",
      "x",
      "\uD800",
      "\t",
      "  "
    };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      sb.append(pieces[r.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static Set<String> words(String s) {
    AnalyzedText t = ANALYZER.analyze(s);
    Set<String> out = new HashSet<>();
    for (int i = 0; i < t.tokenCount(); i++) {
      out.add(t.term(i));
    }
    return out;
  }

  private static double dice(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return 2.0 * both.size() / (a.size() + b.size());
  }
}
