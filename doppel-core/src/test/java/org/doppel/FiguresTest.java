package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.shingle.ShingleSet;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;
import org.doppel.verify.Relation;
import org.doppel.verify.RelationRule;
import org.junit.jupiter.api.Test;

/**
 * Figures (numbers in the text) tell notices written to one template apart: a pair that would be a
 * version but states other figures is only partial, in {@link Dedup} and in {@link Compare} alike,
 * while an update that keeps its figures stays a version.
 */
class FiguresTest {

  private static final String FED_1 =
      "The Federal Reserve entered the U.S. Government securities market to arrange 2.5 billion"
          + " dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
          + "Dealers said Federal funds were trading at 6-3/16 pct when the Fed began its"
          + " temporary and indirect supply of reserves to the banking system.";

  private static final String FED_2 =
      "The Federal Reserve entered the U.S. Government securities market to arrange 1.5 billion"
          + " dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
          + "Dealers said Federal funds were trading at 6-1/16 pct when the Fed began its"
          + " temporary and indirect supply of reserves to the banking system.";

  private static final String STORY =
      "Three locals of the steelworkers union on strike at the Trail smelter rejected a tentative"
          + " three-year contract on Saturday, a union representative said.\n\n"
          + "The vote was 1,229, or 54.5 pct, against, and 1,028, or 45.5 pct, for the contract,"
          + " with 81 pct of the membership voting, he said.\n\n"
          + "The three locals cover about 2,600 production and maintenance workers at the smelter"
          + " and the mine, which have been shut since the strike began on May 9.";

  /** The story updated: a new lead, the vote's figures kept, one added. */
  private static final String UPDATE =
      "Talks at the Trail smelter will resume next week, the company said on Monday, after three"
          + " striking locals of the steelworkers union turned down the contract it offered.\n\n"
          + "The vote was 1,229, or 54.5 pct, against, and 1,028, or 45.5 pct, for the contract,"
          + " with 81 pct of the membership voting, he said.\n\n"
          + "The three locals cover about 2,600 production and maintenance workers at the smelter"
          + " and the mine, which have been shut since the strike began on May 9, costing 356"
          + " mln dlrs.";

  private static long[] figures(String text) {
    AnalyzedText t = TextAnalyzer.defaults().analyze(text);
    return Analysed.figureSet(t, h -> false);
  }

  private static int shared(long[] a, long[] b) {
    return ShingleSet.intersectionSize(a, a.length, b, b.length);
  }

  @Test
  void figuresAreRunsOfDigitsWithTheirInnerMarks() {
    assertThat(figures(FED_1)).hasSize(2); // 2.5 and 6-3/16
    assertThat(shared(figures(FED_1), figures(FED_2))).isZero();
    assertThat(figures("1,229 and 1.229 and 1229")).hasSize(3);
    // a range counts as its parts too: the same years written either way meet
    assertThat(shared(figures("Sigmund (1842-1910)"), figures("born 1842, died 1910")))
        .isEqualTo(2);
    assertThat(figures("no figures here, only words.")).isEmpty();
    assertThat(figures("an MP3 of w1234 at 5km")).hasSize(1); // digits inside words are not figures
    assertThat(figures("a trailing dot 12. and a dash- 7")).hasSize(2);
    assertThat(figures("call 209-736-2236")).hasSize(4); // the number and its three groups
    // not ranges of 3-digit groups (in a paragraph long enough to be no time stamp)
    assertThat(
            figures(
                "the fire broke out at 17:58 on 2021-07-28 in the old mill by the river, the"
                    + " brigade said in a statement"))
        .hasSize(2);
  }

  /** Digits of any script are figures, read by their value; full-width separators too. */
  @Test
  void fullWidthAndArabicIndicDigitsAreTheSameFigures() {
    long[] ascii = figures("the budget of 2,600 was cut to 1.5 and the line 209-736-2236 closed");
    long[] fullWidth =
        figures(
            "the budget of \uFF12\uFF0C\uFF16\uFF10\uFF10 was cut to \uFF11\uFF0E\uFF15 and"
                + " the line \uFF12\uFF10\uFF19\uFF0D\uFF17\uFF13\uFF16\uFF0D\uFF12\uFF12"
                + "\uFF13\uFF16 closed");
    long[] arabicIndic =
        figures(
            "the budget of \u0662\u066C\u0666\u0660\u0660 was cut to \u0661\u066B\u0665 and"
                + " the line 209-736-2236 closed");
    assertThat(ascii).hasSize(6); // 2,600; 1.5; the number and its three groups
    assertThat(fullWidth).isEqualTo(ascii);
    assertThat(arabicIndic).isEqualTo(ascii);
    assertThat(figures("\u58F2\u4E0A\u306F\uFF13\uFF15\uFF10\u5104\u5186"))
        .isEqualTo(figures("\u58F2\u4E0A\u306F350\u5104\u5186"))
        .hasSize(1);
  }

  @Test
  void boilerplateParagraphsGiveNoFigures() {
    AnalyzedText t =
        TextAnalyzer.defaults().analyze("Call 555-0100 now.\n\nThe fund rose 3.5 pct.");
    long chrome = t.paragraphHash(0);
    assertThat(Analysed.figureSet(t, h -> h == chrome)).hasSize(1);
  }

  @Test
  void theRuleAsksForFiguresOnBothSidesInSimilarCounts() {
    RelationRule r = RelationRule.defaults();
    assertThat(r.differentFigures(0, 4, 4)).isTrue();
    assertThat(r.differentFigures(1, 4, 4)).isFalse(); // a quarter shared is enough
    assertThat(r.differentFigures(0, 1, 4)).isFalse(); // one figure says little
    assertThat(r.differentFigures(0, 2, 14)).isFalse(); // a text that grew many figures
    assertThat(r.differentFigures(0, 4, 8)).isTrue();
    assertThat(r.withFigureOverlap(0).differentFigures(0, 4, 4)).isFalse();
  }

  private static Relation dedupRelation(DedupOptions options, String a, String b) {
    DedupResult result =
        Dedup.run(options, List.of(Document.of("a", a), Document.of("b", b)).stream());
    assertThat(result.pairs()).hasSize(1);
    return result.pairs().get(0).relation();
  }

  @Test
  void templateNoticesWithOtherFiguresArePartialAndStayApart() {
    DedupOptions options = DedupOptions.defaults();
    assertThat(dedupRelation(options, FED_1, FED_2)).isEqualTo(Relation.PARTIAL);
    DedupResult result =
        Dedup.run(options, List.of(Document.of("a", FED_1), Document.of("b", FED_2)).stream());
    assertThat(result.documents().get(0).cluster())
        .isNotEqualTo(result.documents().get(1).cluster());
    assertThat(result.pairs().get(0).figuresDiffer()).isTrue();
    DedupOptions off = options.withRelations(options.relations().withFigureOverlap(0));
    assertThat(dedupRelation(off, FED_1, FED_2)).isEqualTo(Relation.VERSION);
    CompareResult compared = Compare.run(Document.of("a", FED_1), Document.of("b", FED_2));
    assertThat(compared.relation()).isEqualTo(Relation.PARTIAL);
    assertThat(compared.figures()).isEqualTo(new CompareResult.Figures(2, 2, 0, true));
  }

  @Test
  void anUpdateThatKeepsItsFiguresStaysAVersion() {
    assertThat(dedupRelation(DedupOptions.defaults(), STORY, UPDATE)).isEqualTo(Relation.VERSION);
    DedupResult result =
        Dedup.run(
            DedupOptions.defaults(),
            List.of(Document.of("a", STORY), Document.of("b", UPDATE)).stream());
    assertThat(result.pairs().get(0).figuresDiffer()).isFalse();
    assertThat(Compare.run(Document.of("a", STORY), Document.of("b", UPDATE)).relation())
        .isEqualTo(Relation.VERSION);
  }

  @Test
  void aTimeStampLineGivesNoFiguresWhileFactsBesideADateStay() {
    for (String stamp :
        List.of(
            "Updated 4:15 PM EST, Tue March 3",
            "Posted 2024-03-03 09:40",
            "March 3, 2024",
            "3 March 2024, 10 a.m.",
            "Published: 03/03/2024",
            "Aktualisiert am 3. M\u00E4rz 2024, 15 Uhr",
            "Mis \u00E0 jour le mardi 3 mars 2024",
            "Actualizado el 3 de marzo de 2024",
            "\u66F4\u65B0 2024\u5E743\u67083\u65E5 \u5348\u5F8C4\u664215\u5206",
            "\u66F4\u65B0 \uFF12\uFF10\uFF12\uFF14\u5E74\uFF13\u6708\uFF13\u65E5",
            "\uC218\uC815 2024\uB144 3\uC6D4 3\uC77C 15\uC2DC 40\uBD84")) {
      assertThat(figures(stamp + "\n\nThe council met.")).as(stamp).isEmpty();
    }
    // a short paragraph with a figure that is no date keeps every figure
    assertThat(figures("Shares rose 4 pct on March 3")).hasSize(2);
    assertThat(figures("\uC8FC\uAC00 4% \uC0C1\uC2B9, 3\uC6D4 3\uC77C")).hasSize(2);
    // a date inside a longer paragraph is a fact of the story
    assertThat(
            figures(
                "The council, which had met on March 3 to hear the residents of the lower town,"
                    + " voted on the barrier a week later."))
        .hasSize(1);
  }

  /** The body of a story, with one paragraph edited in its update. */
  private static final String BODY =
      "The city council approved the new flood barrier after a long and heated debate about costs,"
          + " residents and the port.\n\n"
          + "Residents of the lower town said the barrier came too late for the houses flooded last"
          + " winter, while shop owners on the quay asked for the works to be done at night.\n\n";

  @Test
  void anUpdateWithAnotherTimeStampStaysAVersion() {
    String first =
        "Updated 4:15 PM EST, Tue March 3\n\n"
            + BODY
            + "The mayor said the council would publish the full plan and the names of the firms"
            + " that bid for the work before the end of the month.";
    String later =
        "Posted 9:40 AM EST, Mon March 2\n\n"
            + BODY
            + "The works will start in spring and should take about two years, the mayor told"
            + " reporters after the vote, adding that the town would ask the region to pay a share.";
    assertThat(dedupRelation(DedupOptions.defaults(), first, later)).isEqualTo(Relation.VERSION);
    assertThat(Compare.run(Document.of("a", first), Document.of("b", later)).relation())
        .isEqualTo(Relation.VERSION);
  }
}
