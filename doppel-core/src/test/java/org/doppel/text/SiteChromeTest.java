package org.doppel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paragraphs {@link SiteChrome} takes for site chrome. */
class SiteChromeTest {

  private static boolean chrome(String paragraph) {
    AnalyzedText t = TextAnalyzer.defaults().analyze(paragraph);
    assertThat(t.paragraphCount()).isEqualTo(1);
    return SiteChrome.isChrome(t, 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Advertisement",
        "Share this article",
        "\u00A9 2026 CoastWire Media. All rights reserved.",
        "Home | Local | Business | Sport | Weather",
        "News \u2022 Opinion \u2022 Video \u2022 Podcasts",
        // masthead, menu and share line: two of its three lines are chrome
        "CoastWire | News for the whole coast\nHome | Local | Business | Sport | Weather\n"
            + "Share this story: Facebook | X | Email",
        // a line that begins with a chrome phrase may be long
        "Read more at CoastWire.com, your source for news from every harbor on the coast.",
        "Read more at CoastWire.com, your source for news from every harbor on the coast.\n"
            + "\u00A9 2026 CoastWire Media. All rights reserved.",
        // a comment form
        "Leave a comment\nYour email address will not be published. Required fields are marked *\n"
            + "Comment * Name * Email * Post Comment",
        "Leave a Reply",
        // a masthead of a few words does not count against the chrome line below it
        "THE VALLEY POST\nSubscribe today and get your first month free.",
        "Filed under: Politics, Harbor City",
        "Back to top"
      })
  void chromeIsRecognised(String paragraph) {
    assertThat(chrome(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The council approved the new budget on Monday after a long debate about schools.",
        // a chrome phrase inside a long sentence of the story
        "Residents who want to read more about the plan can find the full report at the town hall"
            + " library, the mayor said.",
        // a headline with the site's name, and wiki image markup: one separator, not a menu
        "Storm hits coast, thousands without power | Harbor Daily",
        "thumb|a destroyed humvee following a rpg attack",
        // items of a list too long for menu items
        "Apples from the north valley | Pears grown on the hills | Plums sold at the market",
        // one chrome line of three is not enough
        "Share this story\nThe council met on Monday to debate the budget for next year.\n"
            + "Members argued for hours about the cost of the new schools.",
        // short lines alone are no chrome: a poem's stanza, an address
        "The tide comes in\nThe gulls go out\nAnd all is still",
        "Harbor City Hall\n12 Front Street",
        // a short headline above a line of the story that is not chrome either
        "Storm warning\nThe weather service warned of a second storm later this week."
      })
  void storyTextIsNot(String paragraph) {
    assertThat(chrome(paragraph)).isFalse();
  }

  @Test
  void longParagraphsAreNeverChrome() {
    String p = "Subscribe | ".repeat(SiteChrome.MAX_WORDS) + "now";
    assertThat(chrome(p)).isFalse();
  }
}
