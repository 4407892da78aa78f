package org.doppel.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.doppel.TestTexts;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts of one to three sentence units, where idf over the units of both texts is degenerate (a
 * shared sentence is in every unit): headlines, briefs, a text repeated, and texts of a few words.
 */
public class ShortTextsAlignTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.defaults();

  private static final String HEADLINE =
      "The city council approved the new flood barrier on Tuesday after a long and heated debate"
          + " about costs, residents, fishermen, insurers and the port authority of Harbor City";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** The passages, after checking that swapping A and B mirrors them. */
  private static List<Passage> align(String a, String b) {
    AnalyzedText ta = ANALYZER.analyze(a);
    AnalyzedText tb = ANALYZER.analyze(b);
    List<Passage> ps = Aligner.defaults().align(ta, tb);
    Set<Passage> mirrored = new HashSet<>();
    for (Passage p : Aligner.defaults().align(tb, ta)) {
      mirrored.add(p.mirror());
    }
    assertThat(mirrored).as("B against A mirrors A against B").isEqualTo(new HashSet<>(ps));
    for (Passage p : ps) {
      assertThat(p.a().end()).isLessThanOrEqualTo(a.length());
      assertThat(p.b().end()).isLessThanOrEqualTo(b.length());
    }
    return ps;
  }

  /** The span of {@code text} without its trailing white space. */
  private static Span whole(String text) {
    return new Span(0, text.stripTrailing().length());
  }

  @Test
  void aTermInEveryUnitKeepsTheSmallestPositiveIdfAndOtherTermsKeepLogNOverDf() {
    // df of terms 0..4 over n = 4 units; term 4 is in no unit
    double[] idf = UnitSimilarity.idf(new int[] {4, 3, 2, 1, 0}, 4);
    assertThat(idf[0]).isCloseTo(Math.log(5.0 / 4), within(1e-12)).isPositive();
    assertThat(idf[1]).isCloseTo(Math.log(4.0 / 3), within(1e-12)).isGreaterThan(idf[0]);
    assertThat(idf[2]).isCloseTo(Math.log(2), within(1e-12));
    assertThat(idf[3]).isCloseTo(Math.log(4), within(1e-12));
    assertThat(idf[4]).isZero();
    // one unit on each side: a shared term weighs less than a term of one side, but not 0
    double[] two = UnitSimilarity.idf(new int[] {2, 1}, 2);
    assertThat(two[0]).isPositive().isLessThan(two[1]);
  }

  @Test
  void identicalOneSentenceTextsShareThatSentence() {
    String s = HEADLINE + ".\n";
    List<Passage> ps = align(s, s);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a()).isEqualTo(whole(s));
    assertThat(ps.get(0).b()).isEqualTo(whole(s));
    assertThat(ps.get(0).a().of(s)).isEqualTo(HEADLINE + ".");
    assertThat(ps.get(0).score()).isGreaterThan(0.99);
  }

  @Test
  void oneSentenceWithAWordAddedSharesTheSentence() {
    String a = HEADLINE + ".\n";
    String b = HEADLINE + " yesterday.\n";
    List<Passage> ps = align(a, b);
    assertThat(ps).hasSize(1);
    Passage p = ps.get(0);
    assertThat(p.a()).isEqualTo(whole(a));
    // snapped to the last word both share; "yesterday" is B's own
    assertThat(p.b().of(b)).isEqualTo(HEADLINE);
    assertThat(p.score()).isGreaterThan(0.9);
  }

  @Test
  void aSentenceRepeatedTwiceIsOnePassage() {
    String s = HEADLINE + ". " + HEADLINE + ".\n";
    List<Passage> ps = align(s, s);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a()).isEqualTo(whole(s));
    assertThat(ps.get(0).b()).isEqualTo(whole(s));
  }

  @Test
  void aSentenceAgainstItsTwoCopiesCoversTheSentence() {
    String a = HEADLINE + ".\n";
    String b = HEADLINE + ". " + HEADLINE + ".\n";
    List<Passage> ps = align(a, b);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a()).isEqualTo(whole(a));
    assertThat(ps.get(0).b().of(b)).contains(HEADLINE);
  }

  @Test
  void aBriefInsideALongerTextIsFoundAtItsPlace() {
    TestTexts t = new TestTexts(21);
    String brief = HEADLINE + ".";
    String b = TestTexts.join(List.of(t.paragraph(), t.sentence() + " " + brief, t.paragraph()));
    List<Passage> ps = align(brief, b);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a()).isEqualTo(whole(brief));
    assertThat(ps.get(0).b().of(b)).isEqualTo(brief);
  }

  @Test
  void aBriefInsideATextThatRepeatsItsWordsIsFoundAtItsPlace() {
    // every unit of both texts holds "flood", "barrier" and "council"
    String brief = "Council votes for the flood barrier at Harbor City.";
    String b =
        "The flood barrier divided the council for months. "
            + brief
            + " Critics of the council say the flood barrier costs too much.\n";
    List<Passage> ps = align(brief, b);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).a()).isEqualTo(whole(brief));
    assertThat(ps.get(0).b().of(b)).isEqualTo(brief);
  }

  @Test
  void twoShortTextsSharingNothingShareNoPassage() {
    assertThat(align(HEADLINE + ".\n", "Stocks fell sharply in early trading on Wall Street.\n"))
        .isEmpty();
    assertThat(align("Mayor resigns.", "Storm hits coast.")).isEmpty();
  }

  @Test
  void twoHeadlinesSharingOneWordOfThreeShareNoPassage() {
    assertThat(align("Obama wins.", "Obama loses.")).isEmpty();
    assertThat(align("Heavy rain expected Tuesday.", "Sunny skies expected Tuesday.")).isEmpty();
  }

  @Test
  void oneSentenceTextsShareAPassageWhenAboutThreeQuartersOfTheirWordsAreShared() {
    // a passage on one seed needs a score of 0.5; over two units a shared word weighs log(3/2)
    // and a word of one side log(2), so that takes about three shared words per own word
    String shared = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima";
    assertThat(align(shared + " qaax qabx.", shared + " qbay qbby.")).hasSize(1);
    String half = "alpha bravo charlie delta echo foxtrot";
    assertThat(
            align(
                half + " qaax qabx qacx qadx qaex qafx.", half + " qbay qbby qbcy qbdy qbey qbfy."))
        .isEmpty();
  }

  @Test
  void identicalTextsOfAFewWordsShareThemWhole() {
    // no passage is too short when it covers half of the shorter text (AlignOptions#minChars)
    for (String s : List.of("Rain.", "Mayor resigns", "Flood barrier approved!\n")) {
      List<Passage> ps = align(s, s);
      assertThat(ps).as(s).hasSize(1);
      assertThat(ps.get(0).a()).as(s).isEqualTo(whole(s));
      assertThat(ps.get(0).b()).as(s).isEqualTo(whole(s));
    }
  }

  @Test
  void textsWithoutContentWordsShareNothing() {
    // passages are made of content words: stop words and punctuation alone never align
    assertThat(align("It is what it is.", "It is what it is.")).isEmpty();
    assertThat(align("...", "...")).isEmpty();
  }

  /**
   * Identical texts of one to three sentences drawn from a small vocabulary, so that words recur
   * across sentences, and sometimes with one word in every sentence: one passage covering the whole
   * text on both sides.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void identicalTextsOfOneToThreeSentencesShareOnePassageCoveringThem(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> vocabulary = vocabulary(r, 12 + r.nextInt(40));
    String everywhere = r.nextBoolean() ? vocabulary.get(0) : null;
    int sentences = 1 + r.nextInt(3);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      parts.add(sentence(r, vocabulary, everywhere));
    }
    String text = String.join(r.nextBoolean() ? " " : "\n\n", parts) + "\n";
    List<Passage> ps = align(text, text);
    assertThat(ps).as(text).hasSize(1);
    assertThat(ps.get(0).a()).as(text).isEqualTo(whole(text));
    assertThat(ps.get(0).b()).as(text).isEqualTo(whole(text));
    assertThat(ps.get(0).score()).as(text).isGreaterThan(0.99);
  }

  /**
   * One sentence against the same sentence with one word replaced or added in its middle: one
   * passage covering both sentences (its ends are exact word matches).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void oneSentenceAgainstALightEditSharesIt(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> vocabulary = vocabulary(r, 200);
    List<String> words = new ArrayList<>();
    for (int i = 0, n = 12 + r.nextInt(20); i < n; i++) {
      words.add(vocabulary.get(r.nextInt(vocabulary.size())));
    }
    List<String> edited = new ArrayList<>(words);
    String fresh = "zq" + vocabulary.get(r.nextInt(vocabulary.size()));
    int at = 3 + r.nextInt(words.size() - 6);
    if (r.nextBoolean()) {
      edited.set(at, fresh);
    } else {
      edited.add(at, fresh);
    }
    String a = capitalised(String.join(" ", words)) + ".\n";
    String b = capitalised(String.join(" ", edited)) + ".\n";
    List<Passage> ps = align(a, b);
    assertThat(ps).as(a + b).hasSize(1);
    Passage p = ps.get(0);
    assertThat(p.a()).isEqualTo(whole(a));
    assertThat(p.b()).isEqualTo(whole(b));
  }

  /** Two different short texts from different vocabularies never share a passage. */
  @ParameterizedTest
  @MethodSource("seeds")
  void differentShortTextsShareNothing(long seed) {
    TestTexts t = new TestTexts(seed);
    String a = t.sentence() + (t.random().nextBoolean() ? " " + t.sentence() : "") + "\n";
    String b = t.sentence() + "\n";
    assertThat(align(a, b)).as(a + b).isEmpty();
  }

  private static List<String> vocabulary(SplittableRandom r, int size) {
    Set<String> out = new HashSet<>();
    while (out.size() < size) {
      StringBuilder w = new StringBuilder();
      for (int k = 0, len = 4 + r.nextInt(6); k < len; k++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      out.add(w.toString());
    }
    List<String> sorted = new ArrayList<>(out);
    sorted.sort(null);
    return sorted;
  }

  private static String sentence(SplittableRandom r, List<String> vocabulary, String everywhere) {
    List<String> words = new ArrayList<>();
    for (int i = 0, n = 6 + r.nextInt(15); i < n; i++) {
      words.add(vocabulary.get(r.nextInt(vocabulary.size())));
    }
    if (everywhere != null) {
      words.add(r.nextInt(words.size()), everywhere);
    }
    return capitalised(String.join(" ", words)) + ".";
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
