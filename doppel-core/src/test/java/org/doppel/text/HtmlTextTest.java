package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

  @Test
  void blockElementsBecomeParagraphsAndInlineWhitespaceOneSpace() {
    String text =
        HtmlText.toText(
            "<html><body><h1>Council  approves\n barrier</h1><p>The <b>council</b> approved it"
                + "\n   on Tuesday.<br>It will cost &pound;12&nbsp;million.</p>"
                + "<ul><li>First</li><li>Second <i>item</i></li></ul>"
                + "<div>Outer<div>Inner</div>tail</div></body></html>");
    assertThat(text)
        .isEqualTo(
            "Council approves barrier\n\nThe council approved it on Tuesday.\nIt will cost"
                + " \u00a312 million.\n\nFirst\n\nSecond item\n\nOuter\n\nInner\n\ntail");
  }

  @Test
  void whatAReaderNeverSeesIsLeftOut() {
    String text =
        HtmlText.toText(
            "<!DOCTYPE html><html><head><title>Site | Story</title><style>p{}</style>"
                + "<script>var hidden = 1;</script></head><body><!-- note --><p>Seen</p>"
                + "<script>document.write('no')</script><noscript>Enable scripts</noscript>"
                + "<form><select><option>Choose a section</option></select>"
                + "<textarea>Your comment</textarea><label>Name</label></form>"
                + "<svg><text>chart label</text></svg><template><p>later</p></template>"
                + "</body></html>");
    assertThat(text).isEqualTo("Seen\n\nName");
  }

  @Test
  void tableCellsShareTheirRowAndRowsAreParagraphs() {
    String text =
        HtmlText.toText(
            "<table><tr><th>Party</th><th>Seats</th></tr>"
                + "<tr><td>Greens</td><td>12</td></tr></table>");
    assertThat(text).isEqualTo("Party Seats\n\nGreens 12");
  }

  @Test
  void brokenMarkupIsReadAsABrowserReadsIt() {
    String text = HtmlText.toText("<p>One<p>Two <b>bold<i>both</b> italic</i><div>Three");
    assertThat(text).isEqualTo("One\n\nTwo boldboth italic\n\nThree");
  }

  @Test
  void preformattedTextKeepsItsLines() {
    assertThat(HtmlText.toText("<pre>line one\nline two</pre><p>after</p>"))
        .isEqualTo("line one\nline two\n\nafter");
  }

  /** Regression: a blank line in {@code <pre>} was one line break and indentation one space. */
  @Test
  void preformattedTextKeepsItsBlankLinesAndIndentationInPagesAndFragments() {
    String code = "def area(r):\n    return 3.14 * r  *  r\n\n\nprint(area(2))";
    String expected = "def area(r):\n    return 3.14 * r  *  r\n\nprint(area(2))";
    assertThat(HtmlText.toText("<!DOCTYPE html><html><body><p>Code:</p><pre>" + code + "</pre>"))
        .isEqualTo("Code:\n\n" + expected);
    assertThat(HtmlText.toText("<p>Code:</p><pre>" + code + "</pre>"))
        .isEqualTo("Code:\n\n" + expected);
    // CRLF is one line break; white space at a line's end, or before a <br>, is not kept
    assertThat(HtmlText.toText("<html><pre>  a  \r\n\r\n\tb  <br>  c\r\nd</pre>"))
        .isEqualTo("  a\n\n\tb\n  c\nd");
    assertThat(HtmlText.toText("<xmp>x <b>\n\n  y</xmp><pre>a <b> b</b>\n<i></i>\nc</pre>"))
        .isEqualTo("x <b>\n\n  y\n\na  b\n\nc");
    // the blank line ends a paragraph (the indented line is one too, as in any plain text)
    String text = HtmlText.toText("<html><pre>" + code + "</pre>");
    AnalyzedText t = TextAnalyzer.defaults().analyze(text);
    Span last = t.paragraphSpan(t.paragraphCount() - 1);
    assertThat(text.substring(last.start(), last.end())).isEqualTo("print(area(2");
    assertThat(t.paragraphCount())
        .isEqualTo(TextAnalyzer.defaults().analyze(expected).paragraphCount());
  }

  /**
   * Regression (Wikipedia's Humvee, revision 6): a text that begins with an infobox's closed {@code
   * <div>} is a fragment, and the blank lines between the paragraphs after it were white space, so
   * the whole article was one paragraph.
   */
  @Test
  void aBlankLineInAFragmentsTextIsAParagraphBreak() {
    String html =
        String.join(
            "",
            "<div style=\"float: right\"><table><tr><td>crew: 2-4</td></tr></table></div>\n",
            "the m998 is a military vehicle.\n\n",
            "it has largely supplanted the jeep.\n \t\n", // white space on the blank line
            "it is capable of fording <b>2.5 ft</b>.\r\n\r\n",
            "<span>the end.</span>\n\n\n");
    assertThat(HtmlText.kindOf(html)).isEqualTo(HtmlText.Kind.FRAGMENT);
    String text = HtmlText.toText(html);
    assertThat(text)
        .isEqualTo(
            "crew: 2-4\n\nthe m998 is a military vehicle.\n\nit has largely supplanted the"
                + " jeep.\n\nit is capable of fording 2.5 ft.\n\nthe end.");
    assertThat(TextAnalyzer.defaults().analyze(text).paragraphCount()).isEqualTo(5);
    // inside a block too: text written into a <div> as paragraphs
    assertThat(HtmlText.toText("<div class=\"notice\">first\nline.\n\nsecond.</div>"))
        .isEqualTo("first line.\n\nsecond.");
  }

  @Test
  void anOrdinaryFragmentAndAWholePageAreLaidOutAsBefore() {
    assertThat(HtmlText.toText("<p>a</p>\n\n<p>b</p>")).isEqualTo("a\n\nb");
    assertThat(HtmlText.toText("<p>One\ntwo</p>\n<p>Three\n  four</p>\n"))
        .isEqualTo("One two\n\nThree four");
    assertThat(HtmlText.toText("<ul>\n  <li>x</li>\n\n  <li>y</li>\n</ul>")).isEqualTo("x\n\ny");
    // a page is shown as a browser shows it: its text's line breaks are white space
    assertThat(HtmlText.toText("<!DOCTYPE html><body>First\n\nsecond\nthird<b>\n\n</b>x"))
        .isEqualTo("First second third x");
    assertThat(HtmlText.toText(Jsoup.parse("<div>x</div>First\n\nsecond")))
        .isEqualTo("x\n\nFirst second");
  }

  @Test
  void aFragmentsTextOutsideBlocksKeepsItsLineBreaksButNotItsIndentation() {
    assertThat(HtmlText.toText("<b>History</b>\nIn 1977 it began.\n  <i>Later</i> more.\n"))
        .isEqualTo("History\nIn 1977 it began.\nLater more.");
    // a line that holds only a tag or a comment is not blank
    assertThat(HtmlText.toText("<b>a</b>\n<!-- note -->\nb\n<i></i>\nc")).isEqualTo("a\nb\nc");
    // a line break inside a block is the markup's wrapping
    assertThat(HtmlText.toText("<b>a</b><p>wrapped\nsource</p>")).isEqualTo("a\n\nwrapped source");
  }

  /**
   * Text with markup in it reads as the same text without the markup does: after a fragment's
   * leading infobox, its paragraphs are those of the plain text, wrapped lines joined, long lines
   * (a wiki's) and blank-line blocks paragraphs of their own.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void textWithMarkupHasTheParagraphsOfThePlainText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] breaks = {"\n", "\n", "\n\n", "\n \n", "\r\n", "\n\n\n"};
    for (int round = 0; round < 100; round++) {
      StringBuilder plain = new StringBuilder();
      int lines = 1 + random.nextInt(12);
      for (int l = 0; l < lines; l++) {
        if (l > 0) {
          plain.append(breaks[random.nextInt(breaks.length)]);
        }
        int words = 1 + random.nextInt(random.nextBoolean() ? 8 : 45);
        for (int w = 0; w < words; w++) {
          plain.append(w == 0 ? "" : " ").append("w").append(random.nextInt(1000));
        }
      }
      String html = "<div class=\"infobox\">box</div>\n" + plain;
      List<String> expected = paragraphs(plain.toString());
      List<String> actual = paragraphs(HtmlText.toText(html));
      assertThat(actual.get(0)).isEqualTo("box");
      assertThat(actual.subList(1, actual.size()))
          .as("%s", plain.toString().replace("\n", "\\n"))
          .containsExactlyElementsOf(expected);
    }
  }

  /** Each paragraph of {@code text} as its tokens' folded forms, one space apart. */
  private static List<String> paragraphs(String text) {
    AnalyzedText t = TextAnalyzer.defaults().analyze(text);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < t.paragraphCount(); p++) {
      StringBuilder b = new StringBuilder();
      for (int i = t.paragraphFirstToken(p); i < t.paragraphEndToken(p); i++) {
        b.append(i > t.paragraphFirstToken(p) ? " " : "").append(t.term(i));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void paragraphsOfTheTextAreTheBlocksOfThePage() {
    String text =
        HtmlText.toText(
            "<body><header>Harbor Daily</header><h1>Headline here</h1><p>First paragraph of the"
                + " story.</p><figure><figcaption>A caption.</figcaption></figure><p>Last"
                + " one.</p><footer>Read more at harbordaily.com</footer></body>");
    AnalyzedText t = TextAnalyzer.defaults().analyze(text);
    assertThat(t.paragraphCount()).isEqualTo(6);
    assertThat(text.substring(t.paragraphSpan(3).start(), t.paragraphSpan(3).end()))
        .isEqualTo("A caption");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html><p>x",
        "  \n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "\uFEFF<html lang=\"en\">",
        "<HTML>",
        "<!-- saved from url=(0014)about:internet -->\n<html>",
        "<head><title>t</title></head>",
        "<p>An article body from a news API, in paragraphs.</p><p>Second.</p>",
        "\n  <div class=\"story\"><p>x</p></div>",
        "<body>",
        "<html lang=\"en\"><p>cut off",
        "<meta charset=\"utf-8\"><title>Broken page</title>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">"
      })
  void pagesAreRecognisedByHowTheyBegin(String text) {
    assertThat(HtmlText.kindOf(text)).isNotEqualTo(HtmlText.Kind.TEXT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "The council met on <p> day.",
        "<x-widget>custom elements do not count</x-widget>",
        "<3 is a heart, not a tag",
        "<pp>no such element</pp>",
        "<Strong Point Inc> said its subsidiary will market the product in Europe.",
        "<A/S Norske Shell>, Royal Dutch/Shell Group's Norwegian subsidiary, said",
        "<Body Shop International PLC> said profits rose.",
        "<p> is how a paragraph starts, this text says, and never closes one",
        "<htmlx>",
        "<html",
        "<!-- unclosed comment <html>",
        "Use <!DOCTYPE html> at the top of a page.",
        "<?xml version=\"1.0\"?><rss><channel></channel></rss>",
        "<?xml unclosed <html>"
      })
  void otherTextsAreNot(String text) {
    assertThat(HtmlText.kindOf(text)).isEqualTo(HtmlText.Kind.TEXT);
  }

  @Test
  void pagesAndFragmentsAreToldApart() {
    assertThat(HtmlText.kindOf("<!DOCTYPE html><p>x</p>")).isEqualTo(HtmlText.Kind.PAGE);
    assertThat(HtmlText.kindOf("<meta charset=\"utf-8\"><p>x")).isEqualTo(HtmlText.Kind.PAGE);
    assertThat(HtmlText.kindOf("<p>One.</p><p>Two.</p>")).isEqualTo(HtmlText.Kind.FRAGMENT);
    assertThat(HtmlText.kindOf("<div class=\"body\">x</DIV>")).isEqualTo(HtmlText.Kind.FRAGMENT);
    assertThat(HtmlText.kindOf("<p> starts a text that never closes it"))
        .isEqualTo(HtmlText.Kind.TEXT);
    assertThat(HtmlText.kindOf("<Strong Point Inc> said")).isEqualTo(HtmlText.Kind.TEXT);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void anyMarkupGivesTextWithoutTagsOrRunsOfSpaces(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] pieces = {
      "<p>",
      "</p>",
      "<div>",
      "</div>",
      "<b>",
      "</b>",
      "<br>",
      " ",
      "\n",
      "word",
      "&amp;",
      "&lt;",
      "<li>",
      "<table><tr><td>",
      "</td><td>",
      "<script>x<y</script>",
      "<!--c-->",
      "<",
      ">",
      "&",
      "\n\n",
      "\r\n",
      " \n \n",
      "\u2028",
      "\f",
      "<span>"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder html = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = HtmlText.toText(html.toString());
      assertThat(text).as(html.toString()).doesNotContain("<p>", "<div>", "  ", "\n\n\n");
      assertThat(text).as(html.toString()).doesNotStartWith(" ").doesNotEndWith(" ");
      assertThat(text).as(html.toString()).doesNotContain("x<y");
      assertThat(text.isEmpty() || !Character.isWhitespace(text.charAt(0))).isTrue();
      // the layout's own line breaks are the text's only ones
      assertThat(text.replace("\n", "").chars().filter(c -> ParagraphBreaks.isLineBreak((char) c)))
          .as(html.toString())
          .isEmpty();
    }
  }

  @Test
  void aCharacterReferenceToALoneSurrogateBecomesTheReplacementCharacter() {
    String text =
        HtmlText.toText(
            "<html><body><p>Lone &#xD800; here, a pair &#x1F600; there, &#xDFFF; last.</p>"
                + "</body></html>");
    assertThat(text).isEqualTo("Lone \uFFFD here, a pair \uD83D\uDE00 there, \uFFFD last.");
    assertThat(
            ArticleText.extract(
                "<html><body><article><p>Odd &#xDC00; text.</p></article></body></html>"))
        .contains("Odd \uFFFD text.");
  }
}
