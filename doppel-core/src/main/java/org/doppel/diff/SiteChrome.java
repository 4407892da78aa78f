package org.doppel.diff;

import java.util.List;
import org.doppel.text.AnalyzedText;

/**
 * Recognises short paragraphs of site chrome ("Advertisement", "Share this article", "All rights
 * reserved") that doppel marks as boilerplate even without a {@code boilerplate.jsonl}.
 */
final class SiteChrome {

  /** Paragraphs longer than this many words are never chrome. */
  static final int MAX_WORDS = 12;

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

  private SiteChrome() {}

  static boolean isChrome(AnalyzedText t, int p) {
    int from = t.paragraphFirstToken(p);
    int to = t.paragraphEndToken(p);
    if (to - from > MAX_WORDS) {
      return false;
    }
    StringBuilder sb = new StringBuilder(" ");
    for (int i = from; i < to; i++) {
      sb.append(t.term(i)).append(' ');
    }
    String folded = sb.toString();
    for (String phrase : PHRASES) {
      if (folded.contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }
}
