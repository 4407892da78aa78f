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
