package org.doppel.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits source text into one-line paragraphs and paragraphs into sentences. */
final class Paragraphs {

  private static final Pattern BLOCKS = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"')]?)\\s+(?=[\"'(]?[A-Z0-9])");
  private static final int WRAPPED_LINE_MAX = 160;
  private static final Pattern LINES = Pattern.compile("\n");
  private static final Pattern SPACE = Pattern.compile(" ");

  /** The space-separated words of a one-line paragraph. */
  static String[] words(String s) {
    return SPACE.split(s, -1);
  }

  private Paragraphs() {}

  /**
   * Paragraphs: blocks separated by blank lines; inside a hard-wrapped block (no line longer than
   * 160 characters) a new paragraph starts at each indented line and the other lines are joined; in
   * a block that is not hard-wrapped every line is a paragraph.
   */
  static List<String> split(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> out = new ArrayList<>();
    for (String block : BLOCKS.split(t, -1)) {
      String[] lines = LINES.split(block, -1);
      boolean wrapped = true;
      for (String line : lines) {
        if (line.length() > WRAPPED_LINE_MAX) {
          wrapped = false;
          break;
        }
      }
      StringBuilder current = new StringBuilder();
      for (String line : lines) {
        boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
        if ((!wrapped || indented) && current.length() > 0) {
          flush(current, out);
        }
        String s = line.strip();
        if (!s.isEmpty()) {
          if (current.length() > 0) {
            current.append(' ');
          }
          current.append(s);
        }
      }
      flush(current, out);
    }
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = current.toString().replaceAll("\\s+", " ").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }

  /** The sentences of a paragraph (a simple splitter: end mark, space, capital or digit). */
  static String[] sentences(String paragraph) {
    return SENTENCE_END.split(paragraph, -1);
  }

  /** Number of space-separated words. */
  static int wordCount(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
