package org.doppel.shingle;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.LongPredicate;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Mix;
import org.doppel.text.SiteChrome;

/**
 * Hashes word k-gram shingles of an {@link AnalyzedText}. Shingles never cross a paragraph
 * boundary; a paragraph shorter than k tokens yields one shingle of all its tokens, so short
 * paragraphs (headlines, captions) still count. Immutable and thread-safe.
 */
public final class Shingler implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Default shingle size in words. */
  public static final int DEFAULT_SIZE = 5;

  private final int size;

  private Shingler(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1, got " + size);
    }
    this.size = size;
  }

  /** A shingler of {@code size}-word shingles. */
  public static Shingler ofSize(int size) {
    return new Shingler(size);
  }

  /** A shingler of {@value #DEFAULT_SIZE}-word shingles. */
  public static Shingler defaults() {
    return new Shingler(DEFAULT_SIZE);
  }

  /** Shingle size in words. */
  public int size() {
    return size;
  }

  /** Number of shingles paragraph {@code p} yields. */
  public int count(AnalyzedText text, int p) {
    int n = text.paragraphEndToken(p) - text.paragraphFirstToken(p);
    return n == 0 ? 0 : Math.max(1, n - size + 1);
  }

  /**
   * Writes the shingle hashes of paragraph {@code p}, in text order (repeats kept), into {@code
   * out} at {@code offset}; returns the number written ({@link #count}).
   */
  public int paragraphShingles(AnalyzedText text, int p, long[] out, int offset) {
    return shingles(text, text.paragraphFirstToken(p), text.paragraphEndToken(p), out, offset);
  }

  /**
   * Writes the hashes of the shingles inside tokens {@code [from, to)}; returns how many were
   * written: {@code max(1, to - from - size + 1)}, or 0 when the range is empty.
   */
  public int shingles(AnalyzedText text, int from, int to, long[] out, int offset) {
    int n = to - from;
    if (n <= 0) {
      return 0;
    }
    if (n < size) {
      out[offset] = hash(text, from, to);
      return 1;
    }
    int count = n - size + 1;
    for (int i = 0; i < count; i++) {
      out[offset + i] = hash(text, from + i, from + i + size);
    }
    return count;
  }

  /** All shingles of all paragraphs, in text order, repeats kept. */
  public long[] allShingles(AnalyzedText text) {
    int total = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      total += count(text, p);
    }
    long[] out = new long[total];
    int at = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      at += paragraphShingles(text, p, out, at);
    }
    return out;
  }

  /** The sorted set of distinct shingle hashes of the whole text. */
  public ShingleSet shingleSet(AnalyzedText text) {
    return ShingleSet.of(allShingles(text));
  }

  /**
   * The shingle set of the paragraphs whose {@link AnalyzedText#paragraphHash} is not excluded: how
   * doppel scores a document once boilerplate paragraphs are known. {@code dedup} and {@code
   * compare} both score through this method, so they agree on every pair.
   */
  public ShingleSet shingleSet(AnalyzedText text, LongPredicate excludedParagraph) {
    int total = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      if (!excludedParagraph.test(text.paragraphHash(p))) {
        total += count(text, p);
      }
    }
    long[] out = new long[total];
    int at = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      if (!excludedParagraph.test(text.paragraphHash(p))) {
        at += paragraphShingles(text, p, out, at);
      }
    }
    return ShingleSet.ofOwned(out, at);
  }

  /** Shortest paragraph, in words, that counts as an anchor paragraph. */
  public static final int ANCHOR_WORDS = 8;

  /**
   * The sorted, distinct hashes of the paragraphs of at least {@value #ANCHOR_WORDS} words that are
   * not excluded and not site chrome ({@link SiteChrome}): whole paragraphs two documents can share
   * verbatim (after folding).
   */
  public static long[] anchorParagraphs(AnalyzedText text, LongPredicate excludedParagraph) {
    long[] out = new long[text.paragraphCount()];
    int n = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      long h = text.paragraphHash(p);
      if (text.paragraphEndToken(p) - text.paragraphFirstToken(p) >= ANCHOR_WORDS
          && !excludedParagraph.test(h)
          && !text.isSiteChrome(p)) {
        out[n++] = h;
      }
    }
    return Arrays.copyOf(out, ShingleSet.sortDistinct(out, n));
  }

  /**
   * The sorted, distinct hashes of the sentences of at least {@value #ANCHOR_WORDS} words outside
   * excluded paragraphs and site chrome: whole sentences two documents can share verbatim (after
   * folding). Two versions of one story share most of their sentences; two stories written to one
   * template share phrases but, as names and figures differ, hardly a whole sentence.
   */
  public static long[] anchorSentences(AnalyzedText text, LongPredicate excludedParagraph) {
    int capacity = text.tokenCount() / ANCHOR_WORDS + 1;
    long[] hashes = new long[capacity];
    int[] paragraphs = new int[capacity];
    int found = anchorSentences(text, hashes, paragraphs);
    int n = 0;
    for (int i = 0; i < found; i++) {
      if (!excludedParagraph.test(text.paragraphHash(paragraphs[i]))) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, ShingleSet.sortDistinct(hashes, n));
  }

  /**
   * Every sentence of at least {@value #ANCHOR_WORDS} words outside site chrome ({@link
   * SiteChrome}), in text order: its hash into {@code hashes} and the index of its paragraph into
   * {@code paragraphs} (both at least {@code tokenCount() / ANCHOR_WORDS + 1} long), for callers
   * that learn which paragraphs to exclude later. Returns how many were written.
   *
   * <p>Sentences here are cut wherever {@code .}, {@code !} or {@code ?} (or their ideographic
   * forms) stand between two words of a paragraph (a decimal point excepted, {@link
   * AnalyzedText#stopBefore}, and the points of abbreviations, {@link #isAbbreviationPoint}),
   * whatever the case of the next word: cruder than {@link AnalyzedText#sentenceCount()}'s
   * splitting for display, but the same on every copy of a text, and it also cuts lower-cased text.
   */
  public static int anchorSentences(AnalyzedText text, long[] hashes, int[] paragraphs) {
    int n = 0;
    for (int p = 0; p < text.paragraphCount(); p++) {
      int from = text.paragraphFirstToken(p);
      int end = text.paragraphEndToken(p);
      if (end - from >= ANCHOR_WORDS && text.isSiteChrome(p)) {
        continue;
      }
      for (int t = from + 1; t <= end; t++) {
        if (t == end || (text.stopBefore(t) && !isAbbreviationPoint(text, t))) {
          if (t - from >= ANCHOR_WORDS) {
            hashes[n] = text.sequenceHash(from, t);
            paragraphs[n] = p;
            n++;
          }
          from = t;
        }
      }
    }
    return n;
  }

  /**
   * Whether the stop between tokens {@code t - 1} and {@code t} is the point of an abbreviation or
   * an address, no sentence end: a {@code .} with the next word straight after it ("U.S",
   * "example.com", "p.m"), or a {@code .} right after a single letter and followed by white space
   * only ("U.S. wheat", "J. Smith"). The rule reads no letter case, so that a lower-cased copy is
   * cut alike. Cut there, the words between two such points make a sentence of their own that every
   * notice written to one template shares ("wheat under an existing PL 480 agreement, the U"),
   * whatever its names and figures; the price is a sentence that ends with a single letter
   * ("vitamin C.") running on into the next.
   */
  static boolean isAbbreviationPoint(AnalyzedText text, int t) {
    String s = text.text();
    int gap = text.tokenEnd(t - 1);
    int next = text.tokenStart(t);
    if (s.charAt(gap) != '.') {
      return false;
    }
    if (next == gap + 1) {
      return true;
    }
    int previous = text.tokenStart(t - 1);
    if (gap - previous != 1 || !Character.isLetter(s.charAt(previous))) {
      return false;
    }
    for (int i = gap + 1; i < next; i++) {
      if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Hash of the token run {@code [from, to)}: order-sensitive, length-sensitive. */
  static long hash(AnalyzedText text, int from, int to) {
    long h = 0x2545F4914F6CDD1DL + (to - from);
    for (int i = from; i < to; i++) {
      h = (h ^ text.tokenHash(i)) * 0x9E3779B97F4A7C15L;
      h = Long.rotateLeft(h, 29);
    }
    return Mix.fmix64(h);
  }

  @Override
  public String toString() {
    return "Shingler(words=" + size + ", within paragraphs)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shingler s && s.size == size;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {size});
  }
}
