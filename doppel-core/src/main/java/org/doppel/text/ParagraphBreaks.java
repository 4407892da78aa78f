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
    }
    return count;
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
