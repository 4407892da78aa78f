package org.doppel.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic site templates that wrap a reprinted article: header lines, navigation, a byline, "read
 * more" and share prompts, a comment-form footer. Written for the benchmark; each site's lines
 * repeat on every page it reprints, as real boilerplate does.
 */
final class SiteTemplates {

  private record Site(String name, String domain, List<String> header, List<String> footer) {}

  private static final String[] STAFF = {
    "Staff reporter", "Wire desk", "News desk", "Our correspondent", "Agency copy", "Web team"
  };

  private static final List<Site> SITES =
      List.of(
          new Site(
              "The Daily Ledger",
              "dailyledger.example",
              List.of(
                  "The Daily Ledger",
                  "Home | World | Business | Markets | Politics | Sport | Opinion | Subscribe"),
              List.of(
                  "Read more at dailyledger.example",
                  "Share this article: Facebook Twitter LinkedIn Email",
                  "Leave a comment",
                  "Your email address will not be published. Required fields are marked *",
                  "Comment Name * Email * Website",
                  "Save my name, email, and website in this browser for the next time I comment.",
                  "Copyright The Daily Ledger. All rights reserved.")),
          new Site(
              "Metro Wire",
              "metrowire.example",
              List.of("METRO WIRE - News as it happens", "Latest News Local National Tech Weather"),
              List.of(
                  "Like this story? Share it with your friends.",
                  "Sign up for the Metro Wire morning briefing and get the top stories in your inbox.",
                  "More from Metro Wire: Most read | Editor's picks | Newsletters",
                  "(c) Metro Wire Media Group. Terms of use. Privacy policy. Cookie settings.")),
          new Site(
              "Business Insight Online",
              "bizinsight.example",
              List.of(
                  "Business Insight Online",
                  "Markets Companies Economy Tech Careers Events Podcasts Log in Register"),
              List.of(
                  "This article was originally published by our news partners and is reproduced with"
                      + " permission.",
                  "Read more at bizinsight.example/markets",
                  "Related topics: Markets, Economy, Companies",
                  "Join the conversation. Comments are moderated and may take up to 24 hours to"
                      + " appear.",
                  "Post a comment. You must be logged in to post a comment.")),
          new Site(
              "Global Times Herald",
              "gth.example",
              List.of("Global Times Herald | Independent journalism since 1901", "Skip to content"),
              List.of(
                  "Support independent journalism. Become a member today for less than a coffee a"
                      + " week.",
                  "Share on Facebook Share on Twitter Share via Email Print this page",
                  "Advertisement",
                  "Copyright Global Times Herald. All rights reserved. This material may not be"
                      + " published, broadcast, rewritten or redistributed.")),
          new Site(
              "Newsroom Digest",
              "newsroomdigest.example",
              List.of("Newsroom Digest", "Top stories | Trending | Video | Newsletter"),
              List.of(
                  "Did you find this article useful? Let us know in the comments below.",
                  "Read more at newsroomdigest.example",
                  "Tags: news, digest, daily",
                  "Leave a Reply Cancel reply",
                  "Notify me of follow-up comments by email. Notify me of new posts by email.")));

  private SiteTemplates() {}

  /** Number of sites. */
  static int count() {
    return SITES.size();
  }

  /** The article's paragraphs wrapped in site {@code site}'s page. */
  static List<String> wrap(int site, List<String> article, SplittableRandom rnd) {
    Site s = SITES.get(site);
    List<String> out = new ArrayList<>(article.size() + 12);
    out.addAll(s.header());
    out.add(
        String.format(
            Locale.ROOT,
            "By %s | Published %04d-%02d-%02d %02d:%02d",
            STAFF[rnd.nextInt(STAFF.length)],
            2004 + rnd.nextInt(22),
            1 + rnd.nextInt(12),
            1 + rnd.nextInt(28),
            rnd.nextInt(24),
            rnd.nextInt(60)));
    out.addAll(article);
    out.addAll(s.footer());
    return out;
  }
}
