package org.doppel.text;

import java.util.List;

/**
 * Recognises paragraphs of site chrome that two pages of one site share without sharing a story:
 * short lines such as "Advertisement", "Share this article", "All rights reserved", "Read more at
 * example.com, your source for ...", comment forms ("Leave a comment", "Your email address will not
 * be published"), and menus ("Home | Local | Business | Sport"). A paragraph is chrome when at
 * least two thirds of its lines are (a page header of masthead, menu and share line is one
 * paragraph), not counting lines of three words or fewer (a masthead) against it. Needs no corpus:
 * it serves where document frequency cannot be known (two texts compared) or is too low (a site
 * with two pages in a corpus). Stateless.
 */
public final class SiteChrome {

  /** Paragraphs longer than this many words are never chrome. */
  public static final int MAX_WORDS = 60;

  /** Lines longer than this many words are chrome only when they begin with a chrome phrase. */
  static final int MAX_LINE_WORDS = 12;

  /** Lines beginning with a chrome phrase may be this long. */
  static final int MAX_LEADING_LINE_WORDS = 24;

  /**
   * Lines of at most this many words that are not chrome themselves (a masthead such as "THE VALLEY
   * POST" above "Subscribe today") do not count against a paragraph that has chrome lines.
   */
  static final int MAX_NEUTRAL_LINE_WORDS = 3;

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
          "skip to content",
          // comment forms and the furniture around a post
          "leave a comment",
          "leave a reply",
          "post comment",
          "will not be published",
          "required fields are marked",
          "comments are closed",
          "join the conversation",
          "filed under",
          "you may also like",
          "back to top",
          "privacy policy",
          "terms of use",
          "terms of service");

  /** The token hashes of each phrase, as {@link TextAnalyzer} hashes them. */
  private static final long[][] PHRASE_TOKENS =
      PHRASES.stream()
          .map(w -> TextAnalyzer.defaults().analyze(w).tokenHashes())
          .toArray(long[][]::new);

  /** Open-addressing table of the phrases' first token hashes, and which phrases start so. */
  private static final int FIRST_SLOTS = 64;

  private static final long[] FIRST_KEYS = new long[FIRST_SLOTS];
  private static final int[][] FIRST_PHRASES = new int[FIRST_SLOTS][];

  static {
    for (int k = 0; k < PHRASE_TOKENS.length; k++) {
      long h = PHRASE_TOKENS[k][0];
      int slot = slot(h);
      while (FIRST_PHRASES[slot] != null && FIRST_KEYS[slot] != h) {
        slot = (slot + 1) & (FIRST_SLOTS - 1);
      }
      FIRST_KEYS[slot] = h;
      int[] was = FIRST_PHRASES[slot] == null ? new int[0] : FIRST_PHRASES[slot];
      int[] now = java.util.Arrays.copyOf(was, was.length + 1);
      now[was.length] = k;
      FIRST_PHRASES[slot] = now;
    }
  }

  private static int slot(long hash) {
    return (int) (Mix.fmix64(hash) >>> 58);
  }

  /** The phrases that begin with the token of hash {@code h}, or null. */
  private static int[] phrasesStartingWith(long h) {
    for (int slot = slot(h); FIRST_PHRASES[slot] != null; slot = (slot + 1) & (FIRST_SLOTS - 1)) {
      if (FIRST_KEYS[slot] == h) {
        return FIRST_PHRASES[slot];
      }
    }
    return null;
  }

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
    int neutral = 0;
    int start = from;
    // the next line break; paragraphs end at one, so the search stays within the paragraph
    int newline = text.indexOf('\n', t.tokenEnd(from));
    for (int i = from + 1; i <= to; i++) {
      if (i == to || (newline >= 0 && newline < t.tokenStart(i))) {
        lines++;
        if (isChromeLine(t, start, i)) {
          chrome++;
        } else if (i - start <= MAX_NEUTRAL_LINE_WORDS) {
          neutral++;
        }
        start = i;
        if (i < to) {
          newline = text.indexOf('\n', t.tokenEnd(i));
        }
      }
    }
    return chrome > 0 && 3 * chrome >= 2 * (lines - neutral);
  }

  /** Whether tokens {@code [from, to)}, one line, are a line of chrome. */
  private static boolean isChromeLine(AnalyzedText t, int from, int to) {
    int words = to - from;
    if (words <= MAX_LEADING_LINE_WORDS) {
      // a phrase anywhere in a short line, at the start of a longer one
      int last = words <= MAX_LINE_WORDS ? to : from + 1;
      for (int i = from; i < last; i++) {
        int[] phrases = phrasesStartingWith(t.tokenHash(i));
        if (phrases != null) {
          for (int k : phrases) {
            if (at(t, i, to, PHRASE_TOKENS[k])) {
              return true;
            }
          }
        }
      }
    }
    return isMenu(t, from, to);
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
      if (hasSeparator(text, t.tokenEnd(i - 1), t.tokenStart(i))) {
        items++;
        itemWords = 1;
      } else if (++itemWords > MAX_MENU_ITEM_WORDS) {
        return false;
      }
    }
    return items >= 3;
  }

  /** Whether {@code text[from, to)} holds a menu separator. */
  private static boolean hasSeparator(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '|' || c == '\u2022' || c == '\u00B7') {
        return true;
      }
    }
    return false;
  }
}
