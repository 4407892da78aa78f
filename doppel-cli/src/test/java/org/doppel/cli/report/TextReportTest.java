package org.doppel.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the text report writes a paragraph's preview and a word edit. */
class TextReportTest {

  @Test
  void aParagraphPreviewIsNotQuotedSoAnOpeningQuotationMarkStaysReadable() {
    assertThat(TextReport.preview("  \"We have never seen\n winds like this,\" said Hill. "))
        .isEqualTo("\"We have never seen winds like this,\" said Hill.");
  }

  @Test
  void aLongPreviewIsCutAfterSeventyCharactersWithoutSplittingASurrogatePair() {
    String text = "x".repeat(69) + "\uD83D\uDE00 and more";
    assertThat(TextReport.preview(text)).isEqualTo("x".repeat(69) + "…");
    assertThat(TextReport.preview("y".repeat(80))).isEqualTo("y".repeat(70) + "…");
  }

  @Test
  void aWordEditIsQuotedWithQuotesAndBackslashesInsideEscaped() {
    assertThat(TextReport.quote("tens of")).isEqualTo("\"tens of\"");
    assertThat(TextReport.quote("\"")).isEqualTo("\"\\\"\"");
    assertThat(TextReport.quote("a\\b")).isEqualTo("\"a\\\\b\"");
  }
}
