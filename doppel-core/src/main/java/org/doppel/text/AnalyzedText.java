package org.doppel.text;

import java.util.Arrays;

/**
 * A text after analysis: its tokens (each with a 64-bit hash of its folded form and its character
 * span in the original text), grouped into paragraphs and sentences. Immutable once built; the
 * arrays are never exposed.
 */
public final class AnalyzedText {

  private final String text;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final long[] tokenHash;
  private final boolean[] stopBefore;
  private final int[] paragraphTokens;

  /**
   * Per paragraph, whether it is site chrome ({@link SiteChrome}): 0 not yet known, 1 no, 2 yes.
   * Filled on demand, since both anchor kinds and the diff ask; threads that race compute the same
   * value.
   */
  private volatile byte[] chrome;

  private volatile int[] sentenceTokens; // computed on first use: dedup never needs them
  private volatile long[] paragraphHashes; // computed on first use, then looked up

  AnalyzedText(
      String text,
      int[] tokenStart,
      int[] tokenEnd,
      long[] tokenHash,
      boolean[] stopBefore,
      int[] paragraphTokens) {
    this.text = text;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.tokenHash = tokenHash;
    this.stopBefore = stopBefore;
    this.paragraphTokens = paragraphTokens;
  }

  /** The original text, as given. */
  public String text() {
    return text;
  }

  /** Number of tokens. */
  public int tokenCount() {
    return tokenHash.length;
  }

  /** First character of token {@code i} in the original text. */
  public int tokenStart(int i) {
    return tokenStart[i];
  }

  /** End (exclusive) of token {@code i} in the original text. */
  public int tokenEnd(int i) {
    return tokenEnd[i];
  }

  /** 64-bit hash of the folded form of token {@code i}. */
  public long tokenHash(int i) {
    return tokenHash[i];
  }

  /**
   * Whether sentence-ending punctuation stands between token {@code i - 1} (the start of the text
   * for token 0) and token {@code i}: {@link TextAnalyzer#endsSentence} of the gap, found while the
   * text was scanned.
   */
  public boolean stopBefore(int i) {
    return stopBefore[i];
  }

  /** A copy of all token hashes, in text order. */
  public long[] tokenHashes() {
    return tokenHash.clone();
  }

  /** The folded (normalised) form of token {@code i}, computed on demand. */
  public String term(int i) {
    StringBuilder sb = new StringBuilder(tokenEnd[i] - tokenStart[i]);
    TokenNormalizer.fold(text, tokenStart[i], tokenEnd[i], sb);
    return sb.toString();
  }

  /** Whether paragraph {@code p} is site chrome ({@link SiteChrome#isChrome}), computed once. */
  public boolean isSiteChrome(int p) {
    byte[] c = chrome;
    if (c == null) {
      c = new byte[paragraphCount()];
      chrome = c;
    }
    if (c[p] == 0) {
      c[p] = SiteChrome.isChrome(this, p) ? (byte) 2 : (byte) 1;
    }
    return c[p] == 2;
  }

  /** Number of paragraphs (paragraphs without tokens are not counted). */
  public int paragraphCount() {
    return paragraphTokens.length - 1;
  }

  /** Index of the first token of paragraph {@code p}. */
  public int paragraphFirstToken(int p) {
    return paragraphTokens[p];
  }

  /** Index one past the last token of paragraph {@code p}. */
  public int paragraphEndToken(int p) {
    return paragraphTokens[p + 1];
  }

  /**
   * Character span of paragraph {@code p}, from its first token's start to its last token's end.
   */
  public Span paragraphSpan(int p) {
    return new Span(tokenStart[paragraphTokens[p]], tokenEnd[paragraphTokens[p + 1] - 1]);
  }

  /**
   * Character span of paragraph {@code p} as a reader sees it: {@link #paragraphSpan} widened over
   * the punctuation that clings to its first and last tokens (an opening quote, a closing full stop
   * and quote), that is over the characters up to the nearest white space (a no-break space joins,
   * but never ends an extent), never into a neighbouring token. What lies between two paragraphs
   * that no white space parts ("said.The") goes to the earlier one, so the extents of different
   * paragraphs never overlap. Where a line break parts the paragraph from its neighbours, the rest
   * of its first and last lines (a leading "\u00A9" or bullet, a trailing "*") belongs to it too.
   * The spans of {@code compare}'s changes and the texts of boilerplate passages are these.
   */
  public Span paragraphExtent(int p) {
    int first = paragraphTokens[p];
    int last = paragraphTokens[p + 1] - 1;
    int start = tokenStart[first];
    int floor = first == 0 ? 0 : tokenEnd[first - 1];
    int s = start;
    while (s > floor && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    if (s == floor && first > 0) {
      s = start; // nothing white parts it from the paragraph before, which has the gap
    }
    int ceiling = last + 1 == tokenStart.length ? text.length() : tokenStart[last + 1];
    int e = tokenEnd[last];
    while (e < ceiling && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    // what stands on the paragraph's first line before its first token, and on its last line after
    // its last token, belongs to it too when a line break parts it from the paragraph around it:
    // the "\u00A9 " of "\u00A9 2005 Courier Media", a bullet, a dash, the " *" of "marked *"
    // (the text's start and end part it as a line break does)
    int lineStart = lastLineBreak(floor, start);
    if (first == 0 || lineStart >= 0) {
      s = Math.min(s, firstNonWhite(lineStart + 1, start));
    }
    int lineEnd = firstLineBreak(tokenEnd[last], ceiling);
    if (lineEnd < 0 && last + 1 == tokenStart.length) {
      lineEnd = text.length();
    }
    if (lineEnd >= 0) {
      e = Math.max(e, lastNonWhiteEnd(tokenEnd[last], lineEnd));
    }
    while (s < start && isBlank(text.charAt(s))) {
      s++; // no-break spaces glue "Read more »" together but pad nothing at the ends
    }
    while (e > tokenEnd[last] && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** White space, no-break spaces included (which {@link Character#isWhitespace} leaves out). */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The last line break in {@code text[from, to)}, or -1. */
  private int lastLineBreak(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (ParagraphBreaks.isLineBreak(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The first line break in {@code text[from, to)}, or -1. */
  private int firstLineBreak(int from, int to) {
    for (int i = from; i < to; i++) {
      if (ParagraphBreaks.isLineBreak(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The first character of {@code text[from, to)} that is no white space, or {@code to}. */
  private int firstNonWhite(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the last character of {@code text[from, to)} that is no white space, or from. */
  private int lastNonWhiteEnd(int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Paragraph that holds token {@code i}. */
  public int paragraphOf(int i) {
    int p = Arrays.binarySearch(paragraphTokens, i);
    return p >= 0 ? Math.min(p, paragraphCount() - 1) : -p - 2;
  }

  /**
   * Order-sensitive 64-bit hash of the folded tokens of paragraph {@code p}: two paragraphs that
   * differ only in case, quotes, punctuation or white space hash alike.
   */
  public long paragraphHash(int p) {
    long[] h = paragraphHashes;
    if (h == null) {
      // once for all paragraphs: callers ask per sentence or per token, and a text without blank
      // lines can be one paragraph of a million tokens
      int count = paragraphTokens.length - 1;
      h = new long[count];
      for (int q = 0; q < count; q++) {
        h[q] = sequenceHash(paragraphTokens[q], paragraphTokens[q + 1]);
      }
      paragraphHashes = h;
    }
    return h[p];
  }

  /** Order-sensitive hash of the folded tokens {@code [from, to)}. */
  public long sequenceHash(int from, int to) {
    long h = 0x9E3779B97F4A7C15L ^ (to - from);
    for (int i = from; i < to; i++) {
      h = Long.rotateLeft(h * 0xC6A4A7935BD1E995L, 23) ^ tokenHash[i];
    }
    return Mix.fmix64(h);
  }

  private int[] sentences() {
    int[] s = sentenceTokens;
    if (s == null) {
      s = TextAnalyzer.sentenceTokens(text, tokenStart, tokenEnd, stopBefore, paragraphTokens);
      sentenceTokens = s;
    }
    return s;
  }

  /** Number of sentences. */
  public int sentenceCount() {
    return sentences().length - 1;
  }

  /** Index of the first token of sentence {@code s}. */
  public int sentenceFirstToken(int s) {
    return sentences()[s];
  }

  /** Index one past the last token of sentence {@code s}. */
  public int sentenceEndToken(int s) {
    return sentences()[s + 1];
  }

  /** Character span of sentence {@code s}. */
  public Span sentenceSpan(int s) {
    int[] st = sentences();
    return new Span(tokenStart[st[s]], tokenEnd[st[s + 1] - 1]);
  }

  /** Character span from the start of token {@code from} to the end of token {@code to - 1}. */
  public Span tokenRangeSpan(int from, int to) {
    if (from >= to) {
      int at = from < tokenStart.length ? tokenStart[from] : text.length();
      return new Span(at, at);
    }
    return new Span(tokenStart[from], tokenEnd[to - 1]);
  }
}
