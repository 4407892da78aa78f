package org.doppel.shingle;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class AnchorSentencesTest {

  private static long[] anchors(String text) {
    return Shingler.anchorSentences(TextAnalyzer.defaults().analyze(text), h -> false);
  }

  @Test
  void sentencesOfEightWordsOrMoreCountAndMatchAcrossCaseQuotesAndSpacing() {
    String a =
        "The council approved the new flood barrier on Tuesday night. Short one here.\n\n"
            + "Work on the barrier will begin in the spring, officials said.";
    String b =
        "THE COUNCIL APPROVED THE NEW FLOOD BARRIER ON TUESDAY NIGHT!  Other words.\n\n"
            + "\u201cWork on the barrier will begin in the spring,\u201d officials said.";
    assertThat(anchors(a)).hasSize(2).containsExactly(anchors(b));
  }

  /**
   * Two notices written to one template, with other figures: cut at the decimal points, the words
   * before "99" would make a sentence both share. A decimal point ends no sentence, so they share
   * none.
   */
  @Test
  void aDecimalPointDoesNotCutAnAnchorSentence() {
    String a =
        "The debentures have an 8-7/8 pct coupon and were priced at 99.726 to yield 135 basis"
            + " points over Treasury bonds.";
    String b =
        "The debentures have an 8-7/8 pct coupon and were priced at 99.20 to yield 135 basis"
            + " points over Treasury bonds.";
    // cut at the points: "The debentures ... priced at 99" and "726 to yield ... bonds", two
    assertThat(anchors(a)).hasSize(1).doesNotContain(anchors(b));
  }

  /**
   * Two notices written to one template for other countries: cut at the points of "U.S.", the eight
   * words between them would make a sentence both share. An abbreviation's points end no sentence,
   * in a lower-cased copy too, so they share none; an address's point does not cut either, and a
   * full stop after a longer word still does.
   */
  @Test
  void anAbbreviationsPointsDoNotCutAnAnchorSentence() {
    String a =
        "Jamaica has been authorized to purchase about 56,000 tonnes of U.S. wheat under an"
            + " existing PL 480 agreement, the U.S. Agriculture Department said.";
    String b =
        "Egypt has been authorized to purchase about 200,000 tonnes of U.S. wheat under an"
            + " existing PL-480 agreement, the U.S. Agriculture Department said.";
    assertThat(anchors(a)).hasSize(1).doesNotContain(anchors(b));
    assertThat(anchors(a.toLowerCase(java.util.Locale.ROOT))).isEqualTo(anchors(a));
    assertThat(
            anchors(
                "Read the full report on the website example.com and send the editors your"
                    + " comments."))
        .hasSize(1);
    assertThat(
            anchors(
                "The council met on Monday to debate the budget plan. Members argued for hours"
                    + " about the plans for new schools."))
        .hasSize(2);
  }

  @Test
  void lowerCasedTextIsCutToo() {
    // no capital letter after the period: still two sentences of eight words
    long[] cut =
        anchors(
            "one two three four five six seven eight. nine ten eleven twelve"
                + " thirteen fourteen fifteen sixteen.");
    assertThat(cut).hasSize(2);
  }

  @Test
  void sentencesInExcludedParagraphsAreLeftOut() {
    String text =
        "Leave a comment and tell us what you think of this story today.\n\n"
            + "The ferry strike ended after three days of talks with the union.";
    AnalyzedText t = TextAnalyzer.defaults().analyze(text);
    long chrome = t.paragraphHash(0);
    assertThat(Shingler.anchorSentences(t, h -> h == chrome))
        .hasSize(1)
        .containsExactly(
            Shingler.anchorSentences(
                TextAnalyzer.defaults()
                    .analyze("The ferry strike ended after three days of talks with the union."),
                h -> false));
  }
}
