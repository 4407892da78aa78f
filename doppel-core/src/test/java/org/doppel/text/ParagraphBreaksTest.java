package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphBreaksTest {

  private static final String[] PIECES = {
    "word",
    "Word.",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n",
    "\n\n",
    " \n",
    "\u00A0",
    "a much longer line "
  };

  /**
   * Texts whose only line break is {@code \n} take the indexOf path; a trailing vertical tab (one
   * more, blank, line) sends the same text through the character loop: the breaks must agree.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void newlineFastPathAgreesWithTheCharacterLoop(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      assertThat(ParagraphBreaks.find(text))
          .as("breaks of %s", text.replace("\n", "\\n"))
          .containsExactly(ParagraphBreaks.find(text + "\u000B"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u2029", "\u2028\u2028", "\f", "\u000B"})
  void everyLineBreakSeparatesParagraphsAtABlankLine(String lineBreak) {
    String text = "first paragraph" + lineBreak + lineBreak + "second paragraph";
    int second = text.indexOf("second");
    assertThat(ParagraphBreaks.find(text)).containsExactly(0, second);
  }
}
