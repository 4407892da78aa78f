package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextTest {

  private static final String[] STORY = {
    "The council approved the flood barrier on Tuesday after a long debate, ending two years of"
        + " argument over its cost, its route along the harbour and who would pay for it.",
    "Mayor Elena Reyes said the barrier, which will run for two kilometres from the ferry pier to"
        + " the old lighthouse, would protect more than four thousand homes from winter storms.",
    "Opponents, among them the harbour traders' association, said the council had not looked"
        + " hard enough at cheaper options, such as raising the quay walls and restoring the dunes.",
    "Work is due to start in the spring and to take three years, the council said."
  };

  private static String page(String wrapperClass) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><title>Barrier | Harbor Daily</title></head><body>")
        .append("<div class=\"")
        .append(wrapperClass)
        .append("\"><header class=\"site-header\"><a href=\"/\">Harbor Daily</a>")
        .append("<ul class=\"menu\"><li><a href=\"/news\">News</a></li>")
        .append("<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li>")
        .append("</ul></header><div class=\"layout\"><div class=\"article-body\">")
        .append("<h1>Council approves flood barrier</h1>")
        .append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a>")
        .append("<a href=\"#\">Share on Twitter</a></div>");
    for (String p : STORY) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("<div class=\"related\"><h3>Related stories</h3><ul>")
        .append("<li><a href=\"/a\">Ferry strike enters its second week</a></li>")
        .append("<li><a href=\"/b\">Budget vote delayed again</a></li></ul></div>")
        .append("</div><div class=\"sidebar\"><h3>Most read</h3><ol>")
        .append("<li><a href=\"/c\">School lunches to cost more</a></li>")
        .append("<li><a href=\"/d\">Library opens on Sundays</a></li></ol></div>")
        .append("<div id=\"comments\"><p>Leave a comment, and be kind to each other here.</p>")
        .append("<form><input name=\"name\"><textarea>Your comment</textarea></form></div>")
        .append("</div><footer>Copyright Harbor Daily. All rights reserved.</footer>")
        .append("</div></body></html>");
    return html.toString();
  }

  @Test
  void theArticleParagraphsAreKeptAndTheChromeAroundThemLeftOut() {
    String text = ArticleText.extract(page("page"));
    assertThat(text).isEqualTo(String.join("\n\n", STORY));
  }

  @Test
  void aWrapperWhoseNameLooksLikeChromeDoesNotLoseTheArticle() {
    // "-ad-" marks advertising; the whole page sits inside it, so the first reading finds nothing
    String text = ArticleText.extract(page("Page-ad-margins"));
    assertThat(text).contains(STORY[0]).contains(STORY[3]);
  }

  @Test
  void textWrittenStraightIntoAContainerBetweenLineBreaksIsFound() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"nav\"><a href=\"/\">Home</a>");
    html.append("</div><table><tr><td class=\"cell\">");
    for (String p : STORY) {
      html.append(p).append("<br><br>");
    }
    html.append("<div class=\"ad\"><a href=\"/x\">Advertise with us</a></div></td></tr></table>");
    html.append("<div>Contact the newsroom</div></body></html>");
    String text = ArticleText.extract(html.toString());
    assertThat(text).startsWith(STORY[0]).contains(STORY[3]).doesNotContain("Home", "Advertise");
  }

  @Test
  void anArticleSplitIntoChunksBetweenAdvertsIsReadWhole() {
    // a long first chunk, then short ones: none scores near the first, yet together they do
    StringBuilder html = new StringBuilder("<html><body><div class=\"chunks\">");
    for (int chunk = 0; chunk < 12; chunk++) {
      html.append("<div class=\"grid\"><div class=\"col\">");
      for (int p = 0; p < (chunk == 0 ? 3 : 1); p++) {
        html.append("<p>Chunk ")
            .append(chunk)
            .append(" paragraph ")
            .append(p)
            .append(": ")
            .append(STORY[(chunk + p) % 3])
            .append("</p>");
      }
      html.append("</div><div class=\"rail\"><a href=\"/ad\">Advertisement</a></div></div>");
    }
    html.append("</div><footer>Copyright</footer></body></html>");
    String text = ArticleText.extract(html.toString());
    for (int chunk = 0; chunk < 12; chunk++) {
      assertThat(text).contains("Chunk " + chunk + " paragraph 0");
    }
    assertThat(text).doesNotContain("Copyright");
  }

  @Test
  void aPageWithoutProseGivesWhatTextItHas() {
    String text =
        ArticleText.extract(
            "<html><body><ul><li><a href=\"/a\">One</a></li><li><a href=\"/b\">Two</a></li>"
                + "</ul><p>Short note.</p></body></html>");
    assertThat(text).contains("Short note.");
    assertThat(ArticleText.extract("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void anyPageGivesLaidOutTextWithoutMarkup(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] open = {
      "<div>",
      "<div class=\"content\">",
      "<div class=\"sidebar comments\">",
      "<p>",
      "<ul><li>",
      "<table><tr><td>",
      "<article>",
      "<nav>",
      "<section id=\"main\">",
      "<span>",
      "<figure>",
      "<div hidden>",
      "<form>",
      "<h1>",
      "<h2 class=\"share\">",
      "<blockquote>",
      "<a href=\"/x\">"
    };
    String[] close = {"</div>", "</p>", "</li></ul>", "</td></tr></table>", "</article>", "</a>"};
    for (int round = 0; round < 60; round++) {
      StringBuilder html = new StringBuilder("<html><body>");
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(10);
        if (kind < 4) {
          html.append(open[random.nextInt(open.length)]);
        } else if (kind < 6) {
          html.append(close[random.nextInt(close.length)]);
        } else if (kind < 9) {
          String sentence = STORY[random.nextInt(STORY.length)];
          html.append(sentence, 0, Math.min(sentence.length(), 40 + random.nextInt(60)));
        } else {
          html.append("<br>");
        }
      }
      String text = ArticleText.extract(html.toString());
      assertThat(text).as(html.toString()).doesNotContain("<div", "<p>", "\n\n\n");
      assertThat(text.isEmpty() || !Character.isWhitespace(text.charAt(0))).isTrue();
    }
  }

  @Test
  void thousandsOfNestedNeverClosedTagsAfterTheArticleLeaveItWhole() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"story\">");
    for (String p : STORY) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</div>");
    // a broken comment widget: tags opened and never closed, deeper than jsoup's depth limit
    html.append("<div><span><b>reply ".repeat(20_000)).append("</body></html>");
    String text = ArticleText.extract(html.toString());
    assertThat(text).startsWith(STORY[0]).contains(STORY[3]).doesNotContain("reply");
  }

  @Test
  void chromeBetweenTheParagraphsGoesAndTheParagraphsStayInOrder() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"story\">");
    for (int i = 0; i < 400; i++) {
      html.append("<p>").append(STORY[i % STORY.length]).append(" (").append(i).append(")</p>");
      html.append("<div class=\"share-tools\"><a href=\"#\">Share</a></div>");
      html.append("<aside>Most read</aside>");
    }
    html.append("</div></body></html>");
    String text = ArticleText.extract(html.toString());
    assertThat(text).doesNotContain("Share", "Most read");
    String[] paragraphs = text.split("\n\n");
    assertThat(paragraphs).hasSize(400);
    for (int i = 0; i < 400; i++) {
      assertThat(paragraphs[i]).isEqualTo(STORY[i % STORY.length] + " (" + i + ")");
    }
  }

  @Test
  void thePageItselfIsNotChanged() {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(page("page"));
    String before = page.outerHtml();
    ArticleText.extract(page);
    assertThat(page.outerHtml()).isEqualTo(before);
  }
}
