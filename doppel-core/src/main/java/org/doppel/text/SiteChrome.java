package org.doppel.text;

import java.util.List;

/**
 * Recognises paragraphs of site chrome that two pages of one site share without sharing a story:
 * short lines such as "Advertisement", "Share this article", "All rights reserved", "Read more at
 * example.com, your source for ...", and menus ("Home | Local | Business | Sport"). A paragraph is
 * chrome when at least two thirds of its lines are (a page header of masthead, menu and share line
 * is one paragraph). Needs no corpus: it serves where document frequency cannot be known (two texts
 * compared) or is too low (a site with two pages in a corpus). Stateless.
 */
public final class SiteChrome {

  /** Paragraphs longer than this many words are never chrome. */
  public static final int MAX_WORDS = 60;

  /** Lines longer than this many words are chrome only when they begin with a chrome phrase. */
  static final int MAX_LINE_WORDS = 12;

  /** Lines beginning with a chrome phrase may be this long. */
  static final int MAX_LEADING_LINE_WORDS = 24;

  /** Words a menu item may have, at most. */
  static final int MAX_MENU_ITEM_WORDS = 4;

  private static final List<String> PHRASES =
      List.of(
          "advertisement",
          "subscribe",
          "sign up",
          "share this",
          "read more",
          "click here",
          "follow us",
          "all rights reserved",
          "copyright",
          "cookies",
          "related articles",
          "related stories",
          "newsletter",
          "skip to content");

  /** The token hashes of each phrase, as {@link TextAnalyzer} hashes them. */
  private static final long[][] PHRASE_TOKENS =
      PHRASES.stream()
          .map(w -> TextAnalyzer.defaults().analyze(w).tokenHashes())
          .toArray(long[][]::new);

  private SiteChrome() {}

  /** Whether paragraph {@code p} of {@code t} is site chrome. */
  public static boolean isChrome(AnalyzedText t, int p) {
    int from = t.paragraphFirstToken(p);
    int to = t.paragraphEndToken(p);
    if (to <= from || to - from > MAX_WORDS) {
      return false;
    }
    String text = t.text();
    int lines = 0;
    int chrome = 0;
    int start = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || has(text, t.tokenEnd(i - 1), t.tokenStart(i), "\n")) {
        lines++;
        chrome += isChromeLine(t, start, i) ? 1 : 0;
        start = i;
      }
    }
    return 3 * chrome >= 2 * lines;
  }

  /** Whether tokens {@code [from, to)}, one line, are a line of chrome. */
  private static boolean isChromeLine(AnalyzedText t, int from, int to) {
    int words = to - from;
    if (words <= MAX_LEADING_LINE_WORDS) {
      for (long[] phrase : PHRASE_TOKENS) {
        if (words <= MAX_LINE_WORDS ? contains(t, from, to, phrase) : at(t, from, to, phrase)) {
          return true;
        }
      }
    }
    return isMenu(t, from, to);
  }

  private static boolean contains(AnalyzedText t, int from, int to, long[] phrase) {
    for (int i = from; i + phrase.length <= to; i++) {
      if (at(t, i, to, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code phrase} starts at token {@code i} (and ends by {@code to}). */
  private static boolean at(AnalyzedText t, int i, int to, long[] phrase) {
    if (i + phrase.length > to) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (t.tokenHash(i + k) != phrase[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A menu: at least three items of at most {@link #MAX_MENU_ITEM_WORDS} words, separated by {@code
   * |}, {@code •} or {@code ·}.
   */
  private static boolean isMenu(AnalyzedText t, int from, int to) {
    String text = t.text();
    int items = 1;
    int itemWords = 1;
    for (int i = from + 1; i < to; i++) {
      if (has(text, t.tokenEnd(i - 1), t.tokenStart(i), "|\u2022\u00B7")) {
        items++;
        itemWords = 1;
      } else if (++itemWords > MAX_MENU_ITEM_WORDS) {
        return false;
      }
    }
    return items >= 3;
  }

  /** Whether {@code text[from, to)} holds one of the characters of {@code chars}. */
  private static boolean has(String text, int from, int to, String chars) {
    for (int k = from; k < to; k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
