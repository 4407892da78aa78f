package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatsTest {

  private static final String[] OPEN = {
    "<div>",
    "<p>",
    "<span>",
    "<b>",
    "<a href=\"/x\">",
    "<a href=\"#top\">",
    "<ul><li>",
    "<li>",
    "<table><tr><td>",
    "<td>",
    "<section>",
    "<h2>",
    "<select><option>",
    "<option>",
    "<button>",
    "<label>",
    "<blockquote>"
  };

  private static final String[] CLOSE = {
    "</div>", "</p>", "</span>", "</b>", "</a>", "</li></ul>", "</td></tr></table>", "</select>"
  };

  private static final String[] VOID = {"<br>", "<img src=x>", "<input name=q>", "<hr>", "<wbr>"};

  private static final String[] TEXT = {
    "word",
    " two words ",
    "\n  indented,\tline  ",
    "a, b, c",
    "\u00A0no-break\u00A0",
    "soft\u00ADhyphen",
    "zero\u200Bwidth",
    "\uFF0Cfull\u3001width",
    "   ",
    "caf\u00E9 \uD83D\uDE00"
  };

  /**
   * On random pages, every element's counts are what jsoup's own methods give: {@code text()}'s
   * length and commas, link density as ArticleText measured it, and the tag counts of {@code
   * getElementsByTag}.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void countsAreWhatJsoupGivesElementByElement(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 40; round++) {
      String html = randomPage(random);
      Element body = Jsoup.parse(html).body();
      TextStats stats = TextStats.of(body);
      for (Element e : body.getAllElements()) {
        String why = e.normalName() + " in " + html;
        String text = e.text();
        assertThat(stats.textLength(e)).as(why).isEqualTo(text.length());
        assertThat(stats.commas(e)).as(why).isEqualTo(ArticleText.commas(text));
        assertThat(stats.linkDensity(e)).as(why).isEqualTo(linkDensity(e));
        assertThat(stats.paragraphs(e)).as(why).isEqualTo(e.getElementsByTag("p").size());
        assertThat(stats.images(e)).as(why).isEqualTo(e.getElementsByTag("img").size());
        assertThat(stats.listItems(e)).as(why).isEqualTo(e.getElementsByTag("li").size());
        assertThat(stats.inputs(e)).as(why).isEqualTo(e.getElementsByTag("input").size());
        boolean block = e.children().stream().anyMatch(c -> HtmlText.isBlock(c.normalName()));
        assertThat(stats.holdsBlock(e)).as(why).isEqualTo(block);
      }
    }
  }

  private static String randomPage(SplittableRandom random) {
    StringBuilder html = new StringBuilder("<html><body>");
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        html.append(OPEN[random.nextInt(OPEN.length)]);
      } else if (kind < 5) {
        html.append(CLOSE[random.nextInt(CLOSE.length)]);
      } else if (kind < 6) {
        html.append(VOID[random.nextInt(VOID.length)]);
      } else {
        html.append(TEXT[random.nextInt(TEXT.length)]);
      }
    }
    return html.append("</body></html>").toString();
  }

  /** Link density as ArticleText measured it element by element before TextStats. */
  private static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += (int) (a.text().length() * (a.attr("href").startsWith("#") ? 0.3 : 1));
    }
    return Math.min(1, links / (double) length);
  }
}
