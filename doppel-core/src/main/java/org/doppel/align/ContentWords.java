package org.doppel.align;

import java.util.Set;

/**
 * Reduces folded tokens to content-word stems: English stop words are dropped, and a light suffix
 * stripper conflates plural, past and gerund forms (a small subset of Porter's step 1).
 */
final class ContentWords {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves",
          "s",
          "t",
          "said",
          "also");

  private ContentWords() {}

  /** The stem of folded token {@code term}, or {@code null} for a stop word. */
  static String stem(String term) {
    if (STOP_WORDS.contains(term)) {
      return null;
    }
    int n = term.length();
    if (n > 4 && term.endsWith("ies")) {
      return term.substring(0, n - 3) + "y";
    }
    if (n > 4 && term.endsWith("sses")) {
      return term.substring(0, n - 2);
    }
    if (n > 5 && term.endsWith("ing")) {
      return term.substring(0, n - 3);
    }
    if (n > 4 && term.endsWith("ed") && !term.endsWith("eed")) {
      return term.substring(0, n - 2);
    }
    if (n > 4 && term.endsWith("ly")) {
      return term.substring(0, n - 2);
    }
    if (n > 3 && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")) {
      return term.substring(0, n - 1);
    }
    return term;
  }
}
