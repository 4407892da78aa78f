package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.doppel.diff.Change;
import org.doppel.text.Document;
import org.doppel.verify.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hard case of the developers' brief, end to end: two versions of one political story on two
 * sites. Version 2 has a new headline and 33 new paragraphs on top, drops the photo captions that
 * version 1 prints twice each, edits six paragraphs, drops twenty more, swaps "Read more at ..."
 * for a comment-form footer and uses other quote characters. Other stories about the same people in
 * the same week, on the same two sites, share their names, a stock background paragraph and the
 * sites' chrome; one quotes a paragraph of the story. {@code dedup} must join the two versions and
 * nothing else; {@code compare} must explain the difference paragraph by paragraph.
 */
class HardCaseTest {

  private static final String[] PEOPLE = {
    "Senator Maria Alvarez", "Governor Tom Reyes", "Mayor Linda Okafor", "Speaker Dan Whitfield"
  };

  private static final String BACKGROUND =
      "Alvarez, a Democrat, has represented the district since 2012 and chairs the state Senate"
          + " finance committee, where the budget bill is expected to be debated next month.";

  private TestTexts texts;
  private SplittableRandom random;

  /** A paragraph of about {@code n} words that mentions one of the people and quotes them. */
  private String paragraph(int n) {
    StringBuilder sb = new StringBuilder(PEOPLE[random.nextInt(PEOPLE.length)]).append(" said");
    int sentence = 0;
    for (int i = 0; i < n; i++) {
      String w = texts.word();
      if (sentence == 0) {
        w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      }
      sb.append(i == 0 ? " \"" : " ").append(w);
      if (++sentence >= 9 + random.nextInt(6) || i == n - 1) {
        sb.append(i == n - 1 ? ".\"" : ".");
        sentence = 0;
      }
    }
    return sb.toString();
  }

  private String edited(String p) {
    String[] tokens = p.split(" ");
    int at = 4 + random.nextInt(tokens.length - 6);
    tokens[at] = "reportedly";
    return String.join(" ", tokens);
  }

  private static String curly(String p) {
    StringBuilder sb = new StringBuilder();
    boolean open = true;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '"') {
        sb.append(open ? '\u201C' : '\u201D');
        open = !open;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String SITE_A_HEADER = "Capital Times | Politics | Business | Opinion";
  private static final String SITE_A_FOOTER =
      "Read more at capitaltimes.example, the state's politics desk since 1921.";
  private static final String SITE_B_HEADER = "The Daily Ledger - Home - Local - Statehouse";
  private static final String SITE_B_FOOTER =
      "Leave a comment. Your email address will not be published. Required fields are marked.";

  private static String page(String header, List<String> body, String footer) {
    List<String> all = new ArrayList<>();
    all.add(header);
    all.addAll(body);
    all.add(footer);
    return String.join("\n\n", all) + "\n";
  }

  @ParameterizedTest
  @ValueSource(longs = {2026, 7, 99})
  void twoVersionsOfOneStoryJoinWhileOtherStoriesAboutTheSamePeopleStayApart(long seed) {
    texts = new TestTexts(seed);
    random = texts.random();
    // version 1 on site A
    List<String> kept = new ArrayList<>();
    for (int p = 0; p < 35; p++) {
      kept.add(paragraph(60));
    }
    List<String> dropped = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      dropped.add(paragraph(28));
    }
    String caption1 = "Photo: Senator Maria Alvarez speaks to reporters outside the Capitol.";
    String caption2 = "Photo: Governor Tom Reyes arrives for the budget session on Monday.";
    List<String> v1 = new ArrayList<>();
    v1.add("Alvarez and Reyes clash over the budget");
    v1.add(BACKGROUND);
    for (int p = 0; p < 35; p++) {
      v1.add(kept.get(p));
      if (p < 20) {
        v1.add(dropped.get(p));
      }
      if (p == 3 || p == 20) {
        v1.add(caption1);
        v1.add(caption2);
      }
    }
    // version 2 on site B: new headline and 33 new paragraphs on top, six edits, curly quotes
    List<String> v2 = new ArrayList<>();
    v2.add("Budget talks collapse as Alvarez walks out");
    for (int p = 0; p < 33; p++) {
      v2.add(curly(paragraph(40)));
    }
    v2.add(curly(BACKGROUND));
    Set<Integer> edits = new HashSet<>(List.of(2, 7, 11, 18, 25, 31));
    for (int p = 0; p < 35; p++) {
      v2.add(curly(edits.contains(p) ? edited(kept.get(p)) : kept.get(p)));
    }
    List<Document> docs = new ArrayList<>();
    docs.add(Document.of("a/budget-v1", page(SITE_A_HEADER, v1, SITE_A_FOOTER)));
    docs.add(Document.of("b/budget-v2", page(SITE_B_HEADER, v2, SITE_B_FOOTER)));
    // other stories about the same people that week, on both sites; one quotes a paragraph of
    // the budget story, all share the background paragraph
    for (int s = 0; s < 6; s++) {
      List<String> body = new ArrayList<>();
      body.add("Week in the statehouse, part " + (s + 1));
      body.add(BACKGROUND);
      for (int p = 0; p < 25; p++) {
        body.add(paragraph(45));
      }
      if (s == 0) {
        body.add(kept.get(5));
      }
      boolean siteA = s % 2 == 0;
      docs.add(
          Document.of(
              (siteA ? "a" : "b") + "/other-" + s,
              page(
                  siteA ? SITE_A_HEADER : SITE_B_HEADER,
                  body,
                  siteA ? SITE_A_FOOTER : SITE_B_FOOTER)));
    }

    DedupResult result = Dedup.run(DedupOptions.defaults(), docs.stream());

    Map<String, Integer> cluster =
        result.documents().stream()
            .collect(Collectors.toMap(DedupResult.Assignment::id, DedupResult.Assignment::cluster));
    assertThat(cluster.get("a/budget-v1")).isEqualTo(cluster.get("b/budget-v2"));
    assertThat(result.stats().clusters()).isEqualTo(7);
    DedupResult.Pair versions = pair(result, "a/budget-v1", "b/budget-v2");
    assertThat(versions.relation()).isEqualTo(Relation.VERSION);
    // the brief's figures: Jaccard about 0.52, about 77% of version 1 inside version 2
    assertThat(versions.scores().jaccard()).isCloseTo(0.52, within(0.05));
    assertThat(versions.scores().containmentAInB()).isCloseTo(0.77, within(0.05));
    DedupResult.Pair quote = pair(result, "a/budget-v1", "a/other-0");
    assertThat(quote.relation()).isEqualTo(Relation.PARTIAL);
    // the sites' chrome, and the stock background paragraph that eight otherwise different
    // stories carry, are boilerplate
    assertThat(result.boilerplate().stream().map(DedupResult.Boilerplate::text))
        .containsExactlyInAnyOrder(
            BACKGROUND, SITE_A_HEADER, SITE_A_FOOTER, SITE_B_HEADER, SITE_B_FOOTER);

    // compare, with dedup's boilerplate, explains the difference paragraph by paragraph
    Set<Long> boilerplate =
        result.boilerplate().stream()
            .map(b -> Long.parseUnsignedLong(b.hash(), 16))
            .collect(Collectors.toSet());
    CompareResult diff =
        Compare.run(
            CompareOptions.defaults().withBoilerplate(boilerplate), docs.get(0), docs.get(1));
    assertThat(diff.relation()).isEqualTo(Relation.VERSION);
    assertThat(diff.scores().jaccard()).isEqualTo(versions.scores().jaccard());
    Map<String, Long> kinds =
        diff.changes().stream().collect(Collectors.groupingBy(Change::type, Collectors.counting()));
    assertThat(kinds.get("added")).isEqualTo(34); // the new headline and the 33 paragraphs
    assertThat(kinds.get("edited")).isEqualTo(6);
    assertThat(kinds.get("unchanged")).isEqualTo(35 - 6);
    assertThat(kinds.get("repeat")).isEqualTo(2); // each caption's second print
    assertThat(kinds.get("removed")).isEqualTo(1 + 20 + 2); // old headline, 20 dropped, captions
    assertThat(kinds.get("boilerplate")).isEqualTo(5); // headers, footers, the background
    assertThat(diff.changes())
        .filteredOn(c -> c instanceof Change.Edited)
        .allSatisfy(c -> assertThat(((Change.Edited) c).edits()).isNotEmpty());
  }

  private static DedupResult.Pair pair(DedupResult result, String a, String b) {
    return result.pairs().stream()
        .filter(p -> p.a().equals(a) && p.b().equals(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair " + a + " - " + b));
  }
}
