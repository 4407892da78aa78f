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

  /** Short paragraphs one per line, every line a sentence's end: each line is a paragraph. */
  @org.junit.jupiter.api.Test
  void shortParagraphsOnePerLineAreParagraphs() {
    String text =
        """
        The council voted on Tuesday to close the old library on Main Street.
        Residents said the building had served the town for more than a century.
        \u201CIt is a sad day,\u201D said one of them.
        The mayor said the decision was final.
        """;
    assertThat(ParagraphBreaks.find(text))
        .containsExactly(
            0, text.indexOf("Residents"), text.indexOf('\u201C'), text.indexOf("The mayor"));
  }

  /**
   * A line that ends a sentence but is full (the next word would not fit) continues its paragraph.
   */
  @org.junit.jupiter.api.Test
  void aFullLineEndingASentenceContinuesItsParagraph() {
    String text =
        """
        The council voted on Tuesday to close the old library.
        Residents said the building had served the town for
        more than a century and should be saved from the
        developers who want it.
        """;
    assertThat(ParagraphBreaks.find(text)).containsExactly(0);
  }

  /**
   * Paragraphs of random words wrapped greedily at a random width and joined by single line breaks,
   * sentences ending only where paragraphs end: every break found starts a paragraph, and every
   * paragraph whose last line leaves room for the next paragraph's first word is found.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void greedilyWrappedParagraphsAreNeverSplit(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // "said." ends a sentence inside a paragraph: a line that ends with it is no paragraph's end
    String[] words = {"the", "council", "Voted", "on", "a", "library", "Residents", "said.", "x"};
    for (int round = 0; round < 200; round++) {
      int width = 30 + random.nextInt(100);
      StringBuilder text = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      List<Integer> expected = new ArrayList<>();
      int paragraphs = 1 + random.nextInt(6);
      int lastLine = 0;
      String firstWord = "";
      for (int p = 0; p < paragraphs; p++) {
        int n = 1 + random.nextInt(40);
        List<String> ws = new ArrayList<>();
        ws.add("Start");
        for (int w = 1; w < n; w++) {
          ws.add(words[random.nextInt(words.length)]);
        }
        ws.set(ws.size() - 1, ws.get(ws.size() - 1) + ".");
        if (p > 0) {
          text.append('\n');
        }
        starts.add(text.length());
        if (p > 0 && lastLine + 1 + firstWord.length() <= width) {
          expected.add(text.length());
        }
        firstWord = ws.get(0);
        StringBuilder line = new StringBuilder();
        for (String w : ws) {
          if (line.length() > 0 && line.length() + 1 + w.length() > width) {
            text.append(line).append('\n');
            line.setLength(0);
          }
          line.append(line.length() > 0 ? " " : "").append(w);
        }
        text.append(line);
        lastLine = line.length();
      }
      int[] found = ParagraphBreaks.find(text.toString());
      String shown = text.toString().replace("\n", "\\n");
      String[] lines = text.toString().split("\n", -1);
      boolean allEnd = lines.length >= 3;
      for (int l = 0; l + 1 < lines.length; l++) {
        allEnd &= lines[l].endsWith(".") && Character.isUpperCase(lines[l + 1].charAt(0));
      }
      for (int b : found) {
        if (allEnd) {
          break; // the one-paragraph-per-line rule: every line is taken for a paragraph
        }
        assertThat(starts).as("break %d in %s", b, shown).contains(b);
      }
      int longest = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
      if (longest <= TextAnalyzer.WRAPPED_LINE_MAX) {
        for (int e : expected) {
          // the fit is judged against the block's longest line, which may be shorter than width
          int before = text.lastIndexOf("\n", e - 2) + 1;
          if (e - 1 - before + 1 + "Start".length() <= longest) {
            assertThat(found).as("paragraph at %d in %s", e, shown).contains(e);
          }
        }
      }
    }
  }
}
