package org.doppel.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of an article page without its site chrome: one page at a time, with no corpus to
 * learn the site's boilerplate from (for a corpus, {@link org.doppel.boilerplate} finds it from
 * document frequencies). The method is the one Readability made common: paragraphs score by their
 * length and commas, pass their score to the containers above them, containers gain or lose by
 * class and id names that mark content or chrome and lose by their share of link text; the best
 * container and those of its siblings that score nearly as well, or hold plain prose, make the
 * article; inside it, lists, tables and divisions that look like chrome (mostly links, few
 * paragraphs, form fields) and the headline ({@code <h1>}) are dropped. The text is laid out as
 * {@link HtmlText} lays out a page. A page with no paragraph of prose gives its whole text.
 */
public final class ArticleText {

  /** Class and id names of elements that are chrome unless also named like content. */
  private static final Words UNLIKELY =
      new Words(
          "-ad-",
          "ai2html",
          "banner",
          "breadcrumbs",
          "combx",
          "comment",
          "community",
          "cover-wrap",
          "disqus",
          "extra",
          "footer",
          "gdpr",
          "header",
          "legends",
          "menu",
          "related",
          "remark",
          "replies",
          "rss",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "social",
          "sponsor",
          "supplemental",
          "ad-break",
          "agegate",
          "pagination",
          "pager",
          "popup",
          "yom-remote",
          "newsletter",
          "subscribe",
          "cookie",
          "share",
          "promo",
          "outbrain",
          "taboola",
          "byline",
          "tags");

  /** Names that keep an element named like chrome. */
  private static final Words MAYBE =
      new Words("and", "article", "body", "column", "content", "main", "shadow");

  /** Names that mark content. */
  private static final Words POSITIVE =
      new Words(
          "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
          "text", "blog", "story");

  /** Names that mark chrome (and the whole word "hid"). */
  private static final Words NEGATIVE =
      new Words(
          "-ad-",
          "hidden",
          "banner",
          "combx",
          "comment",
          "com-",
          "contact",
          "foot",
          "footer",
          "footnote",
          "gdpr",
          "masthead",
          "media",
          "meta",
          "outbrain",
          "promo",
          "related",
          "scroll",
          "share",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "sponsor",
          "shopping",
          "tags",
          "tool",
          "widget",
          "newsletter",
          "subscribe");

  /** ARIA roles of chrome. */
  private static final Set<String> UNLIKELY_ROLES =
      Set.of(
          "menu",
          "menubar",
          "complementary",
          "navigation",
          "alert",
          "alertdialog",
          "dialog",
          "banner",
          "contentinfo");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\"\u201d]( |$)");

  /** Paragraphs shorter than this (characters) score nothing. */
  private static final int MIN_PARAGRAPH = 25;

  /** Containers whose own text, beside their blocks, counts as a paragraph. */
  private static final Set<String> MIXED =
      Set.of("div", "section", "article", "main", "td", "font", "center", "blockquote");

  /** Shorter article texts make the extraction try again with fewer heuristics. */
  private static final int MIN_ARTICLE = 500;

  /** Ancestors a paragraph passes its score to. */
  private static final int ANCESTORS = 5;

  private ArticleText() {}

  /** The main text of the HTML page {@code html}. */
  public static String extract(String html) {
    // the first reading may change the page it parsed; a retry parses the page again
    String text = attempt(Jsoup.parse(html), true, true, true);
    return text.length() >= MIN_ARTICLE ? text : retry(Jsoup.parse(html), text);
  }

  /**
   * The main text of a page jsoup has parsed (the page is not changed). When the text found is
   * shorter than {@value #MIN_ARTICLE} characters the page is read again with fewer heuristics, as
   * Readability does: first without removing elements whose names look like chrome (a wrapper named
   * {@code Page-ad-margins} may hold the whole page), then without class weights, then without
   * cleaning inside the article; the first long enough text wins, else the longest.
   */
  public static String extract(org.jsoup.nodes.Document page) {
    String text = attempt(page.clone(), true, true, true);
    return text.length() >= MIN_ARTICLE ? text : retry(page, text);
  }

  /** The later readings, each on a copy of {@code page}, after a first that found {@code first}. */
  private static String retry(org.jsoup.nodes.Document page, String first) {
    String longest = first;
    for (int attempt = 1; attempt < 4; attempt++) {
      String text = attempt(page.clone(), false, attempt < 2, attempt < 3);
      if (text.length() >= MIN_ARTICLE) {
        return text;
      }
      if (text.length() > longest.length()) {
        longest = text;
      }
    }
    return longest;
  }

  private static String attempt(
      org.jsoup.nodes.Document page,
      boolean stripUnlikely,
      boolean weightClasses,
      boolean cleanConditionally) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    removeChrome(body, stripUnlikely);
    TextStats stats = TextStats.of(body);
    Map<Element, double[]> scores = score(body, weightClasses, stats);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, double[]> e : scores.entrySet()) {
      double s = e.getValue()[0] * (1 - stats.linkDensity(e.getKey()));
      e.getValue()[0] = s;
      if (top == null || s > best) {
        top = e.getKey();
        best = s;
      }
    }
    if (top == null) {
      return HtmlText.toText(List.of(body));
    }
    top = promote(top, best, scores);
    best = scores.containsKey(top) ? scores.get(top)[0] : best;
    List<Element> article = withSiblings(top, best, scores, stats);
    for (Element e : article) {
      clean(e, scores, weightClasses, cleanConditionally);
    }
    return HtmlText.toText(article);
  }

  /** Removes what is hidden, and elements whose names, roles or tags mark them as chrome. */
  private static void removeChrome(Element body, boolean stripUnlikely) {
    TextStats stats = null; // counted at the first header: most pages have none
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e.equals(body)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("header") && stats == null) {
        stats = TextStats.of(body);
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean hidden =
          HtmlText.isHidden(tag)
              || e.hasAttr("hidden")
              || "true".equalsIgnoreCase(e.attr("aria-hidden"))
              || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
      boolean chromeTag =
          tag.equals("nav")
              || tag.equals("aside")
              || tag.equals("footer")
              || tag.equals("button")
              || tag.equals("figure")
              || (tag.equals("header") && !hasTextBlocks(e, stats));
      boolean unlikely =
          stripUnlikely
              && !tag.equals("a")
              && !tag.equals("article")
              && !tag.equals("main")
              && !names.isBlank()
              && UNLIKELY.in(names)
              && !MAYBE.in(names)
              && !hasAncestor(e, "table", "code");
      boolean role = UNLIKELY_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
      if (hidden || chromeTag || unlikely || role) {
        doomed.add(e);
      }
    }
    removeAll(doomed);
  }

  /**
   * Removes the elements from the page, rebuilding each parent's children once: removing them one
   * at a time moves the siblings after each, which is quadratic where thousands of elements share a
   * parent (jsoup hangs what lies deeper than its depth limit under one element).
   */
  private static void removeAll(List<Element> doomed) {
    IdentityHashMap<Element, Set<Node>> byParent = new IdentityHashMap<>();
    for (Element e : doomed) {
      Element parent = e.parent();
      if (parent != null) {
        byParent
            .computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(e);
      }
    }
    for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
      Element parent = entry.getKey();
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        if (!entry.getValue().contains(child)) {
          kept.add(child);
        }
      }
      parent.empty();
      parent.appendChildren(kept);
    }
  }

  private static boolean hasAncestor(Element e, String... tags) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      for (String t : tags) {
        if (p.normalName().equals(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a header holds an article's text: paragraphs, more than 500 characters. */
  private static boolean hasTextBlocks(Element header, TextStats stats) {
    return stats.paragraphs(header) > 0 && stats.textLength(header) > 500;
  }

  /** Scores paragraphs and hands each score to the containers above it. */
  private static Map<Element, double[]> score(
      Element body, boolean weightClasses, TextStats stats) {
    Map<Element, double[]> scores = new HashMap<>(); // jsoup nodes are equal by identity
    for (Element e : body.getAllElements()) {
      int length;
      int commas;
      Element ancestor;
      if (isParagraph(e, stats)) {
        length = stats.textLength(e);
        commas = stats.commas(e);
        ancestor = e.parent();
      } else if (MIXED.contains(e.normalName())) {
        // text written straight into a container beside its blocks (lines split by <br>): a
        // paragraph whose parent is the container itself
        String text = e.ownText();
        length = text.length();
        commas = commas(text);
        ancestor = e;
      } else {
        continue;
      }
      if (length < MIN_PARAGRAPH) {
        continue;
      }
      double s = 1 + commas + Math.min(length / 100, 3);
      for (int level = 0; level < ANCESTORS && ancestor != null; level++) {
        if (ancestor.normalName().equals("html")) {
          break;
        }
        double[] box =
            scores.computeIfAbsent(ancestor, a -> new double[] {initial(a, weightClasses)});
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        box[0] += s / divider;
        ancestor = ancestor.parent();
      }
    }
    return scores;
  }

  /** A paragraph of its own: p, pre, td, or a division holding no block of its own. */
  private static boolean isParagraph(Element e, TextStats stats) {
    String tag = e.normalName();
    switch (tag) {
      case "p", "pre", "td", "blockquote" -> {
        return true;
      }
      case "div", "section", "span" -> {
        if (stats.holdsBlock(e)) {
          return false;
        }
        return !tag.equals("span") || (e.parent() != null && !isParagraph(e.parent(), stats));
      }
      default -> {
        return false;
      }
    }
  }

  private static double initial(Element e, boolean weightClasses) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + (weightClasses ? classWeight(e) : 0);
  }

  private static int classWeight(Element e) {
    int w = 0;
    for (String given : new String[] {e.className(), e.id()}) {
      if (given.isEmpty()) {
        continue;
      }
      String name = given.toLowerCase(Locale.ROOT);
      if (NEGATIVE.in(name) || hasWord(name, "hid")) {
        w -= 25;
      }
      if (POSITIVE.in(name)) {
        w += 25;
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
      w += 50;
    }
    return w;
  }

  /** Whether {@code word} is one of the space-separated names. */
  private static boolean hasWord(String names, String word) {
    int from = 0;
    while (from <= names.length()) {
      int end = names.indexOf(' ', from);
      if (end < 0) {
        end = names.length();
      }
      if (end - from == word.length() && names.regionMatches(true, from, word, 0, word.length())) {
        return true;
      }
      from = end + 1;
    }
    return false;
  }

  /** Words looked for in class and id names, case-insensitively, anywhere in them. */
  private static final class Words {
    private final String[] words;

    Words(String... words) {
      this.words = words;
    }

    /** Whether one of the words is in {@code lowerCaseNames}. */
    boolean in(String lowerCaseNames) {
      for (String w : words) {
        if (lowerCaseNames.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The commas in {@code text} ({@link TextStats#isComma}). */
  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextStats.isComma(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Moves the choice up to a container when several of the best candidates lie inside it, when a
   * container above scores more than the candidate (climbing only while the scores stay above a
   * third of the candidate's: an article split into blocks), or when the candidate is its
   * container's only child.
   */
  private static Element promote(Element top, double best, Map<Element, double[]> scores) {
    List<Element> near = new ArrayList<>();
    for (Map.Entry<Element, double[]> e : scores.entrySet()) {
      if (!e.getKey().equals(top) && e.getValue()[0] >= best * 0.75) {
        near.add(e.getKey());
      }
    }
    if (near.size() >= 2) {
      for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
        int inside = 0;
        for (Element n : near) {
          if (isAncestor(p, n)) {
            inside++;
          }
        }
        if (inside >= 2) {
          top = p;
          break;
        }
      }
    }
    // climb while the containers above keep a third of the score, to the first that scores more
    // (an article split into chunks, each with its own wrapper)
    double last = scores.containsKey(top) ? scores.get(top)[0] : best;
    double floor = last / 3;
    for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
      double[] score = scores.get(p);
      if (score == null) {
        continue;
      }
      if (score[0] < floor) {
        break;
      }
      if (score[0] > last) {
        top = p;
        break;
      }
      last = score[0];
    }
    while (top.parent() != null
        && !top.parent().normalName().equals("body")
        && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** The candidate and those of its siblings that score nearly as well or hold plain prose. */
  private static List<Element> withSiblings(
      Element top, double best, Map<Element, double[]> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s.equals(top)) {
        out.add(s);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(s.className()) ? best * 0.2 : 0;
      double[] score = scores.get(s);
      if (score != null && score[0] + bonus >= threshold) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        String text = s.text();
        double density = stats.linkDensity(s);
        if ((text.length() > 80 && density < 0.25)
            || (text.length() > 0 && density == 0 && SENTENCE_END.matcher(text).find())) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Drops the headline and, conditionally, blocks inside the article that look like chrome. */
  private static void clean(
      Element article,
      Map<Element, double[]> scores,
      boolean weightClasses,
      boolean cleanConditionally) {
    for (Element h : article.getElementsByTag("h1")) {
      h.remove();
    }
    TextStats stats = TextStats.of(article);
    List<Element> doomed = new ArrayList<>();
    for (Element e : article.getAllElements()) {
      if (e.equals(article)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("h2") || tag.equals("h3")) {
        if ((weightClasses && classWeight(e) < 0) || stats.linkDensity(e) > 0.33) {
          doomed.add(e);
        }
        continue;
      }
      if (!cleanConditionally) {
        continue;
      }
      if (!(tag.equals("ul")
          || tag.equals("ol")
          || tag.equals("table")
          || tag.equals("div")
          || tag.equals("section")
          || tag.equals("form")
          || tag.equals("fieldset"))) {
        continue;
      }
      int weight = weightClasses ? classWeight(e) : 0;
      double[] s = scores.get(e);
      if (weight + (s == null ? 0 : s[0]) < 0) {
        doomed.add(e);
        continue;
      }
      if (stats.commas(e) >= 10) {
        continue;
      }
      int p = stats.paragraphs(e);
      int img = stats.images(e);
      int li = stats.listItems(e) - 100;
      int input = stats.inputs(e);
      double density = stats.linkDensity(e);
      boolean list = tag.equals("ul") || tag.equals("ol");
      boolean junk =
          (img > 1 && p / (double) img < 0.5 && !hasAncestor(e, "figure"))
              || (!list && li > p)
              || input > Math.floor(p / 3.0)
              || (!list && stats.textLength(e) < MIN_PARAGRAPH && (img == 0 || img > 2))
              || (weight < 25 && density > 0.2)
              || (weight >= 25 && density > 0.5);
      if (junk && !isProse(e)) {
        doomed.add(e);
      }
    }
    removeAll(doomed);
  }

  /** Whether the element holds running text of its own (not only links and labels). */
  private static boolean isProse(Element e) {
    int own = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        own += t.text().trim().length();
      }
    }
    return own > 200;
  }
}
