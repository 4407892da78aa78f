package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzerTest {

  private final TextAnalyzer analyzer = TextAnalyzer.defaults();

  /** hasWords, which the reader warns by, says exactly whether the analyzer finds a token. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void hasWordsAgreesWithTheTokenCount(long seed) {
    String[] pieces = {
      " ",
      "!",
      "\u2014",
      "?",
      "\n\n",
      "a",
      "7",
      "\u00e9",
      "\u0301",
      "\u6c34",
      "\u30ab",
      "\ud83d\ude00",
      "'",
      "\u00a0",
      "\u2163",
      "#",
      "\u0665",
      "\u0e31",
      "\ufe0f"
    };
    SplittableRandom random = new SplittableRandom(seed);
    int with = 0;
    int without = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(0, 6);
      for (int i = 0; i < n; i++) {
        // word pieces (index 5 to 11, 14, 16, 17) less often, so that both outcomes are common
        b.append(
            pieces[random.nextInt(3) == 0 ? random.nextInt(pieces.length) : random.nextInt(5)]);
      }
      String text = b.toString();
      boolean tokens = analyzer.analyze(text).tokenCount() > 0;
      assertThat(TextAnalyzer.hasWords(text)).as("'%s'", text).isEqualTo(tokens);
      if (tokens) {
        with++;
      } else {
        without++;
      }
    }
    assertThat(with).isPositive();
    assertThat(without).isPositive();
  }

  /**
   * A combining mark continues a word but starts none: the variation selector after an emoji and an
   * accent standing alone are no words, an accent inside one stays in it.
   */
  @Test
  void marksContinueWordsButStartNone() {
    String text = "fans cheered \u2764\uFE0F for the cafe\u0301 \u0301 today";
    AnalyzedText a = TextAnalyzer.defaults().analyze(text);
    List<String> words = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      words.add(text.substring(a.tokenStart(t), a.tokenEnd(t)));
    }
    assertThat(words).containsExactly("fans", "cheered", "for", "the", "cafe\u0301", "today");
    assertThat(TextAnalyzer.hasWords("\u2764\uFE0F \u0301")).isFalse();
  }

  /**
   * Invisible format characters (soft hyphens, as sites that hyphenate put in long words,
   * zero-width spaces and joiners, direction marks) neither split a word nor make one: the text
   * folds as a reader sees it, and the token's span still covers the characters of the original.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\u200E", "\uFEFF"})
  void invisibleFormatCharactersNeitherSplitNorMakeWords(String invisible) {
    String plain = "The cooperation agreement was signed on Tuesday.";
    long[] expected = analyzer.analyze(plain).tokenHashes();
    String hidden =
        "The co"
            + invisible
            + "operation agree"
            + invisible
            + "ment was "
            + invisible
            + " signed on Tuesday"
            + invisible
            + ".";
    AnalyzedText a = analyzer.analyze(hidden);
    assertThat(a.tokenHashes()).isEqualTo(expected);
    assertThat(hidden.substring(a.tokenStart(1), a.tokenEnd(1)))
        .isEqualTo("co" + invisible + "operation");
    assertThat(a.term(1)).isEqualTo("cooperation");
  }

  /**
   * Kana with a voiced or semi-voiced sound mark fold alike whether composed, decomposed (NFD, as
   * macOS writes file names and some feeds write text) or half-width: the mark joins its kana's
   * token, whose span covers both.
   */
  @Test
  void decomposedAndHalfWidthKanaFoldAsTheComposedOnes() {
    String composed = "\u304C\u3063\u3053\u3046 \u30D1\u30F3 \u30AC\u30B9";
    String decomposed = "\u304B\u3099\u3063\u3053\u3046 \u30CF\u309A\u30F3 \u30AB\u3099\u30B9";
    String halfWidth = "\u304C\u3063\u3053\u3046 \uFF8A\uFF9F\uFF9D \uFF76\uFF9E\uFF7D";
    long[] expected = analyzer.analyze(composed).tokenHashes();
    assertThat(expected).hasSize(8);
    assertThat(analyzer.analyze(decomposed).tokenHashes()).isEqualTo(expected);
    assertThat(analyzer.analyze(halfWidth).tokenHashes()).isEqualTo(expected);
    AnalyzedText d = analyzer.analyze(decomposed);
    assertThat(decomposed.substring(d.tokenStart(0), d.tokenEnd(0))).isEqualTo("\u304B\u3099");
    assertThat(d.term(0)).isEqualTo("\u304C");
    // a sound mark with no kana before it stays what it was: a half-width one is a letter, a
    // combining one starts no word
    assertThat(analyzer.analyze("\uFF9E").tokenCount()).isEqualTo(1);
    assertThat(analyzer.analyze("\u3099").tokenCount()).isZero();
  }

  @Test
  void tokensKeepTheirSpansInTheOriginalText() {
    String text = "  Mayor  “Calloway” said: don’t WAIT!";
    AnalyzedText t = analyzer.analyze(text);
    assertThat(t.tokenCount()).isEqualTo(5);
    assertThat(text.substring(t.tokenStart(1), t.tokenEnd(1))).isEqualTo("Calloway");
    assertThat(t.term(1)).isEqualTo("calloway");
    assertThat(t.term(3)).isEqualTo("don't");
    assertThat(t.term(4)).isEqualTo("wait");
  }

  /**
   * A paragraph's extent holds the punctuation at its ends (the opening quote and the closing full
   * stop that its token span leaves out), stops at white space, and never overlaps another
   * paragraph's, even where no white space parts them.
   */
  @Test
  void aParagraphsExtentKeepsItsOpeningAndClosingPunctuation() {
    String text = "  \u201CWe will not,\u201D she said.  \n\n(Reuters) -- Read more.\n\n...";
    AnalyzedText t = analyzer.analyze(text);
    assertThat(t.paragraphCount()).isEqualTo(2);
    assertThat(t.paragraphSpan(0).of(text)).isEqualTo("We will not,\u201D she said");
    assertThat(t.paragraphExtent(0).of(text)).isEqualTo("\u201CWe will not,\u201D she said.");
    assertThat(t.paragraphExtent(1).of(text)).isEqualTo("(Reuters) -- Read more.");
    // what stands on its first and last lines beside the tokens belongs to it too
    String chrome =
        "\u00A9 2005 Courier Media.\n\nRequired fields are marked *\n\n\u2022 Item one\n\n\u2014 An aside \u2014";
    AnalyzedText lines = analyzer.analyze(chrome);
    assertThat(lines.paragraphCount()).isEqualTo(4);
    assertThat(lines.paragraphExtent(0).of(chrome)).isEqualTo("\u00A9 2005 Courier Media.");
    assertThat(lines.paragraphExtent(1).of(chrome)).isEqualTo("Required fields are marked *");
    assertThat(lines.paragraphExtent(2).of(chrome)).isEqualTo("\u2022 Item one");
    assertThat(lines.paragraphExtent(3).of(chrome)).isEqualTo("\u2014 An aside \u2014");
    // seeded texts: every extent holds its span, starts and ends on a non-white character, and
    // the extents come in order without overlapping
    SplittableRandom random = new SplittableRandom(41);
    String[] parts = {
      "word", "\"", ".", ",", "(", ")", " ", "\n\n", "\n", "--", "\u2026", "x.y", "\u00A0", "\u2003"
    };
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String s = sb.toString();
      AnalyzedText a = analyzer.analyze(s);
      int previousEnd = 0;
      for (int p = 0; p < a.paragraphCount(); p++) {
        Span span = a.paragraphSpan(p);
        Span extent = a.paragraphExtent(p);
        assertThat(extent.start())
            .as(s)
            .isLessThanOrEqualTo(span.start())
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(extent.end()).as(s).isGreaterThanOrEqualTo(span.end());
        assertThat(s.charAt(extent.start())).as(s).matches(c -> !Character.isSpaceChar(c));
        assertThat(s.charAt(extent.end() - 1)).as(s).matches(c -> !Character.isSpaceChar(c));
        assertThat(s.charAt(extent.start())).as(s).matches(c -> !Character.isWhitespace(c));
        assertThat(s.charAt(extent.end() - 1)).as(s).matches(c -> !Character.isWhitespace(c));
        previousEnd = extent.end();
      }
    }
  }

  @Test
  void quotesCaseSpacingAndCompatibilityFormsFoldAlike() {
    AnalyzedText a = analyzer.analyze("The barrier’s cost was \"built on optimism\" — said Reyes.");
    AnalyzedText b = analyzer.analyze("the  BARRIER'S cost was “built on optimism” - said reyes");
    assertThat(a.tokenHashes()).isEqualTo(b.tokenHashes());
    assertThat(analyzer.analyze("ﬁnal Ｆｕｌｌ straße").tokenHashes())
        .isEqualTo(analyzer.analyze("final full strasse").tokenHashes());
  }

  @Test
  void paragraphsSplitAtBlankLinesIndentsAndUnwrappedLines() {
    AnalyzedText blank = analyzer.analyze("One two.\nthree four.\n\n\nFive six.");
    assertThat(blank.paragraphCount()).isEqualTo(2);
    AnalyzedText reuters =
        analyzer.analyze("Showers fell in\nthe zone.\n    Arrivals rose\nagain.\n");
    assertThat(reuters.paragraphCount()).isEqualTo(2);
    String longLine = "word ".repeat(40).trim();
    AnalyzedText lines = analyzer.analyze(longLine + "\n" + longLine + "\r\n" + longLine);
    assertThat(lines.paragraphCount()).isEqualTo(3);
  }

  @Test
  void nelIsAnEllipsisReadAsLatin1NotALineBreak() {
    String longLine = "word ".repeat(40).trim();
    AnalyzedText text =
        analyzer.analyze(
            longLine + " Lights\u0085Camera\u0085Action " + longLine + "\u2028" + longLine);
    assertThat(text.paragraphCount()).isEqualTo(2);
    assertThat(text.tokenCount()).isEqualTo(40 + 3 + 40 + 40);
  }

  @Test
  void sentencesEndAtTerminalPunctuationButNotAtAbbreviations() {
    AnalyzedText t = analyzer.analyze("Mr. Devlin voted against. Ms. Reyes agreed! Why? because.");
    assertThat(t.sentenceCount()).isEqualTo(3);
  }

  /**
   * A point between two digits is a decimal point, no sentence's end: "2.5 billion" stays in its
   * sentence, while a sentence that ends in a number and one that starts with one are still two.
   */
  @Test
  void aDecimalPointEndsNoSentence() {
    String text =
        "The notes were priced at 99.726 to yield 8.90 pct. 1987 results rose 2.5 pct, or"
            + " \u0662.\u0665 in Arabic-Indic digits. It ends at 3. And 4.x is no number.";
    AnalyzedText t = analyzer.analyze(text);
    assertThat(t.sentenceCount()).isEqualTo(4);
    assertThat(text.substring(t.sentenceSpan(0).start(), t.sentenceSpan(0).end()))
        .isEqualTo("The notes were priced at 99.726 to yield 8.90 pct");
    assertThat(TextAnalyzer.endsSentence("2.5", 1, 2)).isFalse();
    assertThat(TextAnalyzer.endsSentence("2. 5", 1, 3)).isTrue();
    assertThat(TextAnalyzer.endsSentence("a.5", 1, 2)).isTrue();
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoTokens() {
    assertThat(analyzer.analyze("").tokenCount()).isZero();
    assertThat(analyzer.analyze(" \n\t— … ‘’ ").paragraphCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void randomUnicodeNeverThrowsAndSpansStayInBoundsAndOrdered(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      String text = randomText(random, random.nextInt(0, 300));
      AnalyzedText t = analyzer.analyze(text);
      int previousEnd = 0;
      for (int i = 0; i < t.tokenCount(); i++) {
        assertThat(t.tokenStart(i)).isGreaterThanOrEqualTo(previousEnd);
        assertThat(t.tokenEnd(i)).isGreaterThan(t.tokenStart(i)).isLessThanOrEqualTo(text.length());
        previousEnd = t.tokenEnd(i);
        // the span's own text folds to the same hash: offsets point at the token
        assertThat(analyzer.analyze(text.substring(t.tokenStart(i), t.tokenEnd(i))).tokenCount())
            .isGreaterThanOrEqualTo(1);
      }
      int covered = 0;
      for (int p = 0; p < t.paragraphCount(); p++) {
        assertThat(t.paragraphEndToken(p)).isGreaterThan(t.paragraphFirstToken(p));
        covered += t.paragraphEndToken(p) - t.paragraphFirstToken(p);
      }
      assertThat(covered).isEqualTo(t.tokenCount());
      for (int s = 0; s < t.sentenceCount(); s++) {
        assertThat(t.sentenceEndToken(s)).isGreaterThan(t.sentenceFirstToken(s));
      }
    }
  }

  /**
   * The scanner's note of sentence-ending punctuation before each token is what {@link
   * TextAnalyzer#endsSentence} finds in the gap between the token and the one before.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void stopBeforeIsEndsSentenceOfTheGap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] stops = {
      ".", "!", "?", "\u3002", "\uFF01", "\uFF1F", "...", ".\u201D", "?)", "1.5", "7.", ".0"
    };
    int seen = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder(randomText(random, random.nextInt(0, 200)));
      for (int k = random.nextInt(0, 8); k > 0; k--) {
        sb.insert(random.nextInt(sb.length() + 1), stops[random.nextInt(stops.length)]);
      }
      String text = sb.toString();
      AnalyzedText t = analyzer.analyze(text);
      for (int i = 1; i < t.tokenCount(); i++) {
        boolean expected = TextAnalyzer.endsSentence(text, t.tokenEnd(i - 1), t.tokenStart(i));
        assertThat(t.stopBefore(i)).as("token %d of '%s'", i, text).isEqualTo(expected);
        seen += expected ? 1 : 0;
      }
    }
    assertThat(seen).isPositive();
  }

  /** Every token hashes exactly as {@link TextAnalyzer#tokenHash} of its folded form. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void everyTokenHashesAsItsFoldedForm(long seed) {
    // mostly word characters and apostrophes of every kind, some characters that need the full
    // Unicode fold, a few separators
    String[] letters = {"a", "Z", "q", "7"};
    String[] apostrophes = {
      "'", "`", "\u2019", "\u2018", "\u02BC", "\u02B9", "\u2032", "\uFF07", "\u00B4"
    };
    String[] unicode = {"\u00E9", "\u00DF", "\uFB01", "\uFF21"};
    String[] separators = {" ", "-", "\u201C"};
    String[][] kinds = {letters, letters, letters, apostrophes, apostrophes, unicode, separators};
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(1, 40); k > 0; k--) {
        String[] kind = kinds[random.nextInt(kinds.length)];
        sb.append(kind[random.nextInt(kind.length)]);
      }
      String text = sb.toString();
      AnalyzedText t = analyzer.analyze(text);
      for (int i = 0; i < t.tokenCount(); i++) {
        String token = text.substring(t.tokenStart(i), t.tokenEnd(i));
        assertThat(t.tokenHash(i))
            .as("token %s of %s", token, text)
            .isEqualTo(TextAnalyzer.tokenHash(TokenNormalizer.fold(token)));
      }
    }
  }

  /**
   * A token's hash is komihash 5.0 of its packed bytes up to 16 ASCII characters, of its chars
   * otherwise; lengths around the 8 and 16 character edges hash apart.
   */
  @Test
  void tokenHashIsKomihashOfPackedAsciiOrOfTheChars() {
    com.dynatrace.hash4j.hashing.Hasher64 komihash =
        com.dynatrace.hash4j.hashing.Hashing.komihash5_0();
    assertThat(TextAnalyzer.tokenHash("ab"))
        .isEqualTo(komihash.hashLongToLong('a' | (long) 'b' << 8));
    assertThat(TextAnalyzer.tokenHash("abcdefghi"))
        .isEqualTo(komihash.hashLongLongToLong(0x6867666564636261L, 'i'));
    assertThat(TextAnalyzer.tokenHash("abcdefghijklmnopq"))
        .isEqualTo(komihash.hashCharsToLong("abcdefghijklmnopq"));
    assertThat(TextAnalyzer.tokenHash("caf\u00e9"))
        .isEqualTo(komihash.hashCharsToLong("caf\u00e9"));
    java.util.Set<Long> hashes = new java.util.HashSet<>();
    String letters = "abcdefghijklmnopqrstu";
    for (int n = 1; n <= letters.length(); n++) {
      hashes.add(TextAnalyzer.tokenHash(letters.substring(0, n)));
    }
    assertThat(hashes).hasSize(letters.length());
  }

  static String randomText(SplittableRandom random, int length) {
    String[] pieces = {
      "a",
      "Z",
      "é",
      "e\u0301",
      "ß",
      "İ",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "\r\n",
      "\n",
      "\n\n",
      " ",
      "\t",
      "’",
      "'",
      "“",
      "-",
      "—",
      ".",
      "!",
      "5",
      "漢",
      "字",
      "ﬁ",
      "\u00A0",
      "\u2029",
      "x"
    };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }
}
