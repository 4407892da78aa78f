package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
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
      "&"
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
