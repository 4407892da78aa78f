package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /** A trailing vertical tab adds one more, blank, line: the breaks must stay the same. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aTrailingBlankLineChangesNoBreak(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      String text = randomText(random, PIECES);
      assertThat(ParagraphBreaks.find(text))
          .as("breaks of %s", text.replace("\n", "\\n"))
          .containsExactly(ParagraphBreaks.find(text + "\u000B"));
    }
  }

  private static final String[] MIXED = {
    "word",
    "Wörd.",
    "it\u2019s",
    "don't",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u000B",
    "\f",
    "\u2028",
    "\u2029",
    "\u00A0",
    "\u3000",
    "\u4E2D\u6587",
    "\uD83D\uDE00",
    "'",
    "`",
    "a much longer line "
  };

  /**
   * The analyser's scanner records line breaks in its own pass over the text: they must be exactly
   * the positions of the line-break characters, whatever surrounds them, and the paragraphs it
   * finds from them must be those of {@link ParagraphBreaks#find(String)}, which looks for them
   * itself.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void theScannersLineBreaksAreEveryLineBreakCharacter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      String text = randomText(random, MIXED);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n'
            || c == '\r'
            || c == '\u000B'
            || c == '\f'
            || c == '\u2028'
            || c == '\u2029') {
          expected.add(i);
        }
      }
      assertThat(Arrays.stream(TextAnalyzer.lineBreaks(text)).boxed().toList())
          .as("line breaks of %s", text)
          .containsExactlyElementsOf(expected);
      // a paragraph starts at a token when a paragraph break lies after the previous token's start
      int[] breaks = ParagraphBreaks.find(text);
      AnalyzedText analyzed = TextAnalyzer.defaults().analyze(text);
      List<Integer> firstTokens = new ArrayList<>();
      for (int t = 0; t < analyzed.tokenCount(); t++) {
        int from = t == 0 ? -1 : analyzed.tokenStart(t - 1);
        int to = analyzed.tokenStart(t);
        if (t == 0 || Arrays.stream(breaks).anyMatch(x -> x > from && x <= to)) {
          firstTokens.add(t);
        }
      }
      List<Integer> actual = new ArrayList<>();
      for (int p = 0; p < analyzed.paragraphCount(); p++) {
        actual.add(analyzed.paragraphFirstToken(p));
      }
      assertThat(actual).as("paragraphs of %s", text).containsExactlyElementsOf(firstTokens);
    }
  }

  private static String randomText(SplittableRandom random, String[] pieces) {
    StringBuilder b = new StringBuilder();
    int count = random.nextInt(60);
    for (int i = 0; i < count; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u2029", "\u2028\u2028", "\f", "\u000B"})
  void everyLineBreakSeparatesParagraphsAtABlankLine(String lineBreak) {
    String text = "first paragraph" + lineBreak + lineBreak + "second paragraph";
    int second = text.indexOf("second");
    assertThat(ParagraphBreaks.find(text)).containsExactly(0, second);
  }
}
