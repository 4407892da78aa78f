package org.doppel.text;

import java.util.Arrays;

/** Finds the character positions at which paragraphs start (see {@link TextAnalyzer}). */
final class ParagraphBreaks {

  private ParagraphBreaks() {}

  /** Sorted positions of the first character of every line that starts a paragraph. */
  static int[] find(String text) {
    int[] lineBreaks = new int[16];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isLineBreak(text.charAt(i))) {
        if (count == lineBreaks.length) {
          lineBreaks = Arrays.copyOf(lineBreaks, count * 2);
        }
        lineBreaks[count++] = i;
      }
    }
    return find(text, lineBreaks, count);
  }

  /**
   * Like {@link #find(String)}, given the ascending positions {@code lineBreaks[0, count)} of every
   * line-break character of {@code text} ({@link #isLineBreak}), as {@link TextAnalyzer}'s scanner
   * records them in its one pass: the text is not scanned for line ends again.
   */
  static int[] find(String text, int[] lineBreaks, int count) {
    int n = text.length();
    int[] out = new int[16];
    int found = 0;
    int pos = 0;
    // collect blocks of non-blank lines
    int blockStart = -1;
    int lineCount = 0;
    int maxLine = 0;
    int[] lineStarts = new int[16];
    int next = 0; // the first line break at or after pos
    while (pos <= n) {
      while (next < count && lineBreaks[next] < pos) {
        next++; // the \n of a \r\n
      }
      int eol = next < count ? lineBreaks[next] : n;
      boolean blank = isBlank(text, pos, eol);
      boolean endsBlock = blank || eol >= n || text.charAt(eol) == '\u2029';
      if (!blank) {
        if (blockStart < 0) {
          blockStart = pos;
          lineCount = 0;
          maxLine = 0;
        }
        if (lineCount == lineStarts.length) {
          lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
        }
        lineStarts[lineCount++] = pos;
        maxLine = Math.max(maxLine, eol - pos);
      }
      if (endsBlock && blockStart >= 0) {
        int needed = found + lineCount;
        if (needed > out.length) {
          out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
        }
        found = emitBlock(text, lineStarts, lineCount, maxLine, out, found);
        blockStart = -1;
      }
      if (eol >= n) {
        break;
      }
      pos = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
    }
    return Arrays.copyOf(out, found);
  }

  private static int emitBlock(
      String text, int[] lineStarts, int lineCount, int maxLine, int[] out, int count) {
    out[count++] = lineStarts[0];
    if (maxLine > TextAnalyzer.WRAPPED_LINE_MAX) {
      for (int l = 1; l < lineCount; l++) {
        out[count++] = lineStarts[l];
      }
      return count;
    }
    int indented = 0;
    for (int l = 0; l < lineCount; l++) {
      if (isIndented(text, lineStarts[l])) {
        indented++;
      }
    }
    if (indented > 0 && indented < lineCount) {
      for (int l = 1; l < lineCount; l++) {
        if (isIndented(text, lineStarts[l])) {
          out[count++] = lineStarts[l];
        }
      }
      return count;
    }
    return lineCount < 2 ? count : unwrap(text, lineStarts, lineCount, maxLine, out, count);
  }

  /**
   * The paragraphs of a block of short lines: a line that ends a sentence ends its paragraph when
   * the next line's first word would have fitted on it (a wrapper filling lines up to the block's
   * longest would have put it there), or when every line but the last ends a sentence, in a block
   * of three lines or more (short paragraphs, one per line: by chance a hard-wrapped paragraph's
   * lines all end a sentence about once in 400 three-line paragraphs).
   */
  private static int unwrap(
      String text, int[] lineStarts, int lineCount, int maxLine, int[] out, int count) {
    boolean allEnd = lineCount >= 3;
    for (int l = 0; l + 1 < lineCount && allEnd; l++) {
      allEnd =
          endsSentence(text, lineStarts[l], lineStarts[l + 1])
              && startsSentence(text, lineStarts[l + 1]);
    }
    for (int l = 0; l + 1 < lineCount; l++) {
      int start = lineStarts[l];
      int next = lineStarts[l + 1];
      if (allEnd
          || (endsSentence(text, start, next)
              && startsSentence(text, next)
              && lineLength(text, start, next) + 1 + firstWordLength(text, next) <= maxLine)) {
        out[count++] = next;
      }
    }
    return count;
  }

  /** Length of the line from {@code start}, the line before {@code next}, without its break. */
  private static int lineLength(String text, int start, int next) {
    int end = next;
    while (end > start && isLineBreak(text.charAt(end - 1))) {
      end--;
    }
    return end - start;
  }

  /**
   * Whether the line {@code [start, next)} ends with {@code .}, {@code !}, {@code ?} or an
   * ellipsis, closing quotes and brackets after it allowed, trailing white space ignored.
   */
  private static boolean endsSentence(String text, int start, int next) {
    int k = next - 1;
    while (k >= start && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    while (k >= start && "\"'\u201D\u2019\u00BB)]".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    if (k < start) {
      return false;
    }
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Whether the line at {@code start} begins, after spaces and opening quotes, in upper case or a
   * digit.
   */
  private static boolean startsSentence(String text, int start) {
    int k = start;
    while (k < text.length()
        && (text.charAt(k) == ' '
            || "\"'\u201C\u2018\u00AB(\u2014-".indexOf(text.charAt(k)) >= 0)) {
      k++;
    }
    if (k >= text.length()) {
      return false;
    }
    int cp = text.codePointAt(k);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
  }

  /** Length of the first word of the line at {@code start}: up to the first white space. */
  private static int firstWordLength(String text, int start) {
    int k = start;
    while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k - start;
  }

  private static boolean isIndented(String text, int lineStart) {
    if (lineStart >= text.length()) {
      return false;
    }
    char c = text.charAt(lineStart);
    if (c == '\t' || c == '\u3000') {
      return true;
    }
    return c == ' ' && lineStart + 1 < text.length() && text.charAt(lineStart + 1) == ' ';
  }

  /**
   * The line-break characters: {@code \n}, {@code \r} (with {@code \r\n} one break), vertical tab,
   * form feed, U+2028 and U+2029 (which also ends a block). Not NEL (U+0085): in news and web text
   * it is a windows-1252 ellipsis read as Latin-1 ("Lights\u0085Camera"), not a line end.
   */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
