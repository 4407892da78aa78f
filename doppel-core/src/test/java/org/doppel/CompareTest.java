package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.doppel.align.AlignerTest;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.diff.WordEdit;
import org.doppel.shingle.Shingler;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;
import org.doppel.verify.RelationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompareTest {

  private static final TestTexts T = new TestTexts(42);

  @Test
  void scoresAreExactlyThoseOfDedup() {
    String a =
        TestTexts.join(List.of(T.paragraph(), T.paragraph(), "Boiler line here.", T.paragraph()));
    String b = a.replace(".", ". Extra words appear here.");
    AnalyzedText ta = TextAnalyzer.defaults().analyze(a);
    AnalyzedText tb = TextAnalyzer.defaults().analyze(b);
    Set<Long> boilerplate = Set.of(ta.paragraphHash(2));
    PairScores expected =
        PairScores.of(
            Shingler.defaults().shingleSet(ta, boilerplate::contains),
            Shingler.defaults().shingleSet(tb, boilerplate::contains),
            Shingler.anchorParagraphs(ta, boilerplate::contains),
            Shingler.anchorParagraphs(tb, boilerplate::contains),
            Shingler.anchorSentences(ta, boilerplate::contains),
            Shingler.anchorSentences(tb, boilerplate::contains));
    assertThat(expected.sharedSentences()).isPositive();
    CompareResult r =
        Compare.run(
            CompareOptions.defaults().withBoilerplate(boilerplate),
            Document.of("a", a),
            Document.of("b", b));
    assertThat(r.scores()).isEqualTo(expected);
    assertThat(r.relation()).isEqualTo(RelationRule.defaults().classify(expected));
  }

  @Test
  void aTextComparedWithItselfIsIdenticalWithOneFullPassage() {
    String a = TestTexts.join(List.of(T.paragraph(), T.paragraph()));
    CompareResult r = Compare.run(Document.of("x", a), Document.of("x", a));
    assertThat(r.relation()).isEqualTo(Relation.IDENTICAL);
    assertThat(r.scores().jaccard()).isEqualTo(1.0);
    assertThat(r.passages()).hasSize(1);
    assertThat(r.changes()).allMatch(c -> c.type().equals("unchanged"));
  }

  @Test
  void emptyTextsAreUnrelatedWithNothingShared() {
    CompareResult r = Compare.run(Document.of("a", ""), Document.of("b", ""));
    assertThat(r.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(r.passages()).isEmpty();
    assertThat(r.changes()).isEmpty();
    assertThat(r.aLength()).isZero();
  }

  @Test
  void textsWithNothingInCommon() {
    String a = TestTexts.join(List.of(T.paragraph(), T.paragraph()));
    String b = TestTexts.join(List.of(T.paragraph(), T.paragraph()));
    CompareResult r = Compare.run(Document.of("a", a), Document.of("b", b));
    assertThat(r.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(r.passages()).isEmpty();
    assertThat(r.changes()).extracting(c -> c.type()).containsOnly("added", "removed");
  }

  @Test
  void twoStoriesOfOneSiteSharingOnlyItsChromeAreNoVersions() {
    // no boilerplate file: the header and footer are recognised as site chrome, so the whole
    // paragraphs and sentences they share do not anchor a version
    String header =
        "CoastWire | News for the whole coast\nHome | Local | Business | Sport | Weather\n"
            + "Share this story: Facebook | X | Email";
    String footer =
        "Read more at CoastWire.com, your source for news from every harbor on the coast.\n"
            + "\u00A9 2026 CoastWire Media. All rights reserved.";
    String a = TestTexts.join(List.of(header, T.paragraph(), T.paragraph(), footer));
    String b = TestTexts.join(List.of(header, T.paragraph(), T.paragraph(), T.paragraph(), footer));
    CompareResult r = Compare.run(Document.of("a", a), Document.of("b", b));
    assertThat(r.relation()).isIn(Relation.PARTIAL, Relation.UNRELATED);
    assertThat(r.changes())
        .filteredOn(c -> c.a() != null && c.b() != null)
        .extracting(Change::type)
        .containsExactly("boilerplate", "boilerplate");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomUnicodeNeverThrowsAndKeepsEverySpanInBounds(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String a = AlignerTest.randomUnicode(r, 3000);
    String b =
        r.nextBoolean() ? a.substring(r.nextInt(a.length())) : AlignerTest.randomUnicode(r, 3000);
    CompareResult res = Compare.run(Document.of("a", a), Document.of("b", b));
    for (Passage p : res.passages()) {
      assertThat(p.a().end()).isLessThanOrEqualTo(a.length());
      assertThat(p.b().end()).isLessThanOrEqualTo(b.length());
    }
    for (Change c : res.changes()) {
      assertThat(c.a() == null || c.a().end() <= a.length()).isTrue();
      assertThat(c.b() == null || c.b().end() <= b.length()).isTrue();
      for (WordEdit e : c.edits()) {
        assertThat(e.a().end()).isLessThanOrEqualTo(a.length());
        assertThat(e.b().end()).isLessThanOrEqualTo(b.length());
      }
    }
  }

  @Test
  void veryLongTextsAreCompared() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(T.paragraph()).append("\n\n");
    }
    String a = sb.toString();
    String b =
        "A new first paragraph with its own words."
            + a.substring(a.indexOf("\n\n", a.length() / 2));
    CompareResult r = Compare.run(Document.of("a", a), Document.of("b", b));
    assertThat(r.relation()).isEqualTo(Relation.CONTAINS);
    assertThat(r.passages()).isNotEmpty();
    long added = r.changes().stream().filter(c -> c.type().equals("added")).count();
    assertThat(added).isEqualTo(1);
  }
}
