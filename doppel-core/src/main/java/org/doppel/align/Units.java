package org.doppel.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.doppel.text.AnalyzedText;

/**
 * The sentence units of one text as sparse term-count vectors over a vocabulary shared with the
 * other text. Sentences with too few content words are joined to the next sentence, and so is a
 * sentence that a line break cut short (the next line goes on in lower case).
 */
final class Units {

  /** Sentences with more content words than this are cut into chunks of about half as many. */
  static final int MAX_WORDS = 60;

  final AnalyzedText text;
  final int count;
  final int[] tokenFrom;
  final int[] tokenTo;
  final int[][] terms;
  final int[][] counts;

  private Units(AnalyzedText text, int count, int[] from, int[] to, int[][] terms, int[][] counts) {
    this.text = text;
    this.count = count;
    this.tokenFrom = from;
    this.tokenTo = to;
    this.terms = terms;
    this.counts = counts;
  }

  /** Builds the units of {@code text}, adding new stems to {@code vocabulary}. */
  static Units of(AnalyzedText text, Map<String, Integer> vocabulary, int minWords) {
    int n = text.tokenCount();
    int[] termOfToken = new int[n];
    Map<Long, Integer> byHash = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer id = byHash.get(text.tokenHash(i));
      if (id == null) {
        String stem = ContentWords.stem(text.term(i));
        id = stem == null ? -1 : vocabulary.computeIfAbsent(stem, k -> vocabulary.size());
        byHash.put(text.tokenHash(i), id);
      }
      termOfToken[i] = id;
    }
    int sentences = text.sentenceCount();
    int[] from = new int[Math.max(1, sentences)];
    int[] to = new int[from.length];
    int count = 0;
    int start = -1;
    for (int s = 0; s < sentences; s++) {
      if (start < 0) {
        start = text.sentenceFirstToken(s);
      }
      int end = text.sentenceEndToken(s);
      int content = 0;
      for (int i = start; i < end; i++) {
        if (termOfToken[i] >= 0) {
          content++;
        }
      }
      if (content > MAX_WORDS) {
        // a run-on "sentence" (a list, a text without punctuation) is cut into chunks
        int seen = 0;
        for (int i = start; i < end; i++) {
          if (termOfToken[i] >= 0 && ++seen == MAX_WORDS / 2 && content - seen > MAX_WORDS / 2) {
            if (count == from.length) {
              from = Arrays.copyOf(from, count * 2);
              to = Arrays.copyOf(to, count * 2);
            }
            from[count] = start;
            to[count] = i + 1;
            count++;
            start = i + 1;
            content -= seen;
            seen = 0;
          }
        }
      }
      // a line break inside a sentence (hard-wrapped text: the next line goes on in lower case,
      // with no sentence punctuation before it) does not end the unit
      boolean wrapped = s + 1 < sentences && content < MAX_WORDS && continuesSentence(text, s + 1);
      if (!wrapped && (content >= minWords || s == sentences - 1)) {
        if (content == 0 && count > 0) {
          to[count - 1] = end;
        } else if (content > 0) {
          if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
          }
          from[count] = start;
          to[count] = end;
          count++;
        }
        start = -1;
      }
    }
    int[][] terms = new int[count][];
    int[][] counts = new int[count][];
    for (int u = 0; u < count; u++) {
      int[] ids = new int[to[u] - from[u]];
      int k = 0;
      for (int i = from[u]; i < to[u]; i++) {
        if (termOfToken[i] >= 0) {
          ids[k++] = termOfToken[i];
        }
      }
      Arrays.sort(ids, 0, k);
      int distinct = 0;
      int[] c = new int[k];
      for (int i = 0; i < k; i++) {
        if (distinct > 0 && ids[distinct - 1] == ids[i]) {
          c[distinct - 1]++;
        } else {
          ids[distinct] = ids[i];
          c[distinct++] = 1;
        }
      }
      terms[u] = Arrays.copyOf(ids, distinct);
      counts[u] = Arrays.copyOf(c, distinct);
    }
    return new Units(text, count, from, to, terms, counts);
  }

  /**
   * Whether sentence {@code s} of {@code text} goes on with the one before it: no sentence-ending
   * punctuation stands before it (the text model ended the sentence at a paragraph break) and its
   * first word starts in lower case, as in text hard-wrapped at irregular places.
   */
  private static boolean continuesSentence(AnalyzedText text, int s) {
    int first = text.sentenceFirstToken(s);
    return !text.stopBefore(first)
        && Character.isLowerCase(text.text().codePointAt(text.tokenStart(first)));
  }

  /** Adds, for every term, the number of units holding it. */
  void addDocumentFrequencies(int[] df) {
    for (int u = 0; u < count; u++) {
      for (int t : terms[u]) {
        df[t]++;
      }
    }
  }
}
