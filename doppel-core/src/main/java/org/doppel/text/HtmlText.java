package org.doppel.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an HTML page, laid out the way doppel reads plain text: every block element
 * (paragraph, heading, list item, table row, division, figure caption, ...) becomes a paragraph of
 * its own, separated by a blank line; {@code <br>} is a line break; runs of whitespace inside a
 * paragraph become one space; character references are decoded. What a reader never sees is left
 * out: the {@code <head>} (title included), scripts, styles, {@code <noscript>}, templates, inline
 * SVG and MathML, form controls' option lists and text areas, and comments. Site chrome that is
 * visible text (navigation, share prompts, footers) stays, as paragraphs of its own, for the
 * boilerplate detector to find across the corpus. Parsing is jsoup's (the HTML5 parsing algorithm,
 * so broken markup is read as a browser would read it). Offsets of later results point into this
 * text, not into the markup.
 *
 * <p>Line breaks written in the text (any of {@link ParagraphBreaks#isLineBreak}'s, {@code \r\n}
 * one) are white space in a whole page ({@link Kind#PAGE}), as a browser shows them. A fragment
 * (anything else: an article's body, wiki text or Markdown with tags in it, a hand-written snippet)
 * is mostly text its writer laid out by line, so there they count. A blank line (a line break,
 * white space or none, a line break, within one text node) is a paragraph break. Text that no block
 * element holds (written straight into the fragment, around and between its elements) keeps its
 * single line breaks too, and so is laid out as the same text read as plain text is: hard-wrapped
 * lines are joined again, and among lines that are not (some longer than {@value
 * TextAnalyzer#WRAPPED_LINE_MAX} characters: a wiki's paragraphs) every line is a paragraph. Inside
 * a block element a single line break stays white space, since the lines of markup such as {@code
 * <p>...</p>} are the source's wrapping, not the writer's. The indentation of a fragment's lines is
 * not kept: around tags it is the markup's. Preformatted text ({@code <pre>}, {@code <listing>},
 * {@code <plaintext>}, {@code <xmp>}) keeps its line breaks and white space, indentation included,
 * in pages and fragments alike, and a blank line in it is a paragraph break. Either way the only
 * line breaks of the text are {@code \n} ({@code \n\n} between paragraphs).
 */
public final class HtmlText {

  /** Elements whose content is not text a reader sees. */
  private static final Set<String> HIDDEN =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "select",
          "textarea",
          "iframe",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "map",
          "datalist");

  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "frameset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "listing",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "plaintext",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "tr",
          "ul",
          "xmp");

  /** Elements only a page begins with: a text that starts with one of them is a page. */
  private static final Set<String> PAGE_TAGS =
      Set.of("html", "head", "body", "meta", "link", "title", "base");

  /**
   * Blocks and inline elements an article's HTML body begins with (a news API's or a crawl's
   * content field: {@code <p>...</p><p>...</p>}); the text must close one of them to count.
   */
  private static final Set<String> FRAGMENT_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "p",
          "div",
          "span",
          "article",
          "section",
          "main",
          "header",
          "nav",
          "aside",
          "footer",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "table",
          "blockquote",
          "a",
          "b",
          "i",
          "em",
          "strong",
          "pre",
          "font",
          "center",
          "form");

  /** Elements whose text keeps its line breaks and white space. */
  private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "plaintext", "xmp");

  /** Table cells: apart from their neighbours on the row, not paragraphs of their own. */
  private static final Set<String> CELLS = Set.of("td", "th");

  private HtmlText() {}

  /** What a text is, by how it begins ({@link #kindOf}). */
  public enum Kind {
    /** Plain text (which may hold tags further on: an article quoting markup). */
    TEXT,
    /**
     * A whole HTML page: a doctype, or a page's own element such as {@code <html>} or {@code
     * <head>}.
     */
    PAGE,
    /** HTML without a page around it: an article's body, such as {@code <p>...</p><p>...</p>}. */
    FRAGMENT
  }

  /**
   * What {@code text} is. After leading whitespace and a byte-order mark, an XML declaration
   * (XHTML) and comments: an HTML doctype, or the start tag of an element only a page begins with
   * ({@code <html>}, {@code <head>}, {@code <body>}, {@code <meta ...>}, ...), make a page; the
   * start tag of a block or inline element that article bodies begin with ({@code <p>}, {@code <div
   * class="...">}, ...), closed somewhere in the text, makes a fragment. A start tag has no
   * attributes or at least one with a value, so wire copy's bracketed company names ({@code <Strong
   * Point Inc>}, {@code <Body Shop PLC>}) are text.
   */
  public static Kind kindOf(String text) {
    int i = skipSpace(text, 0);
    if (text.startsWith("<?xml", i)) {
      int end = text.indexOf("?>", i + 5);
      if (end < 0) {
        return Kind.TEXT;
      }
      i = skipSpace(text, end + 2);
    }
    while (text.startsWith("<!--", i)) {
      int end = text.indexOf("-->", i + 4);
      if (end < 0) {
        return Kind.TEXT;
      }
      i = skipSpace(text, end + 3);
    }
    if (startsWithIgnoreCase(text, i, "<!doctype html")) {
      return Kind.PAGE;
    }
    String tag = startTag(text, i);
    if (tag == null) {
      return Kind.TEXT;
    }
    if (PAGE_TAGS.contains(tag)) {
      return Kind.PAGE;
    }
    return FRAGMENT_TAGS.contains(tag) && containsIgnoreCase(text, "</" + tag)
        ? Kind.FRAGMENT
        : Kind.TEXT;
  }

  private static boolean containsIgnoreCase(String s, String needle) {
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lower-case name of the start tag at {@code i}, or null when there is none: {@code <name>},
   * or {@code <name} and attributes of which at least one has a value ({@code <div class="x">}).
   * Wire copy's bracketed names ({@code <Strong Point Inc>}, {@code <Body Shop PLC>}) are not tags.
   */
  private static String startTag(String s, int i) {
    if (i >= s.length() || s.charAt(i) != '<') {
      return null;
    }
    int end = i + 1;
    while (end < s.length() && end - i <= 12 && isAsciiLetterOrDigit(s.charAt(end))) {
      end++;
    }
    if (end == i + 1 || end >= s.length()) {
      return null;
    }
    char next = s.charAt(end);
    if (next != '>') {
      if (!Character.isWhitespace(next)) {
        return null;
      }
      int close = s.indexOf('>', end);
      int equals = s.indexOf('=', end);
      if (close < 0 || close - end > 2000 || equals < 0 || equals > close) {
        return null;
      }
    }
    return s.substring(i + 1, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The readable text of the HTML page or fragment {@code html}: a fragment unless it begins as a
   * whole page ({@link #kindOf}), so that the line breaks of its text count (see the class
   * comment).
   */
  public static String toText(String html) {
    return toText(List.of(Jsoup.parse(html)), kindOf(html) != Kind.PAGE);
  }

  /** The readable text of a whole page jsoup has parsed (see the class comment). */
  public static String toText(org.jsoup.nodes.Document page) {
    return toText(List.of(page));
  }

  /**
   * The readable text of {@code nodes} of a whole page, one after the other, laid out as one text.
   */
  static String toText(List<? extends Node> nodes) {
    return toText(nodes, false);
  }

  /**
   * The readable text of {@code nodes}, one after the other, laid out as one text; of a fragment
   * when {@code fragment}, whose line breaks in its text count (see the class comment).
   */
  private static String toText(List<? extends Node> nodes, boolean fragment) {
    Layout layout = new Layout(fragment);
    for (Node n : nodes) {
      layout.owe(2);
      NodeTraversor.filter(layout, n);
    }
    return withoutLoneSurrogates(layout.out);
  }

  /**
   * The text with every lone surrogate made U+FFFD, as HTML decodes a numeric character reference
   * to one (such as &amp;#xD800;): jsoup keeps it, and UTF-8 output would write ? in its place.
   */
  static String withoutLoneSurrogates(CharSequence text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      boolean paired =
          Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      out.setCharAt(i, '\uFFFD');
    }
    return out == null ? text.toString() : out.toString();
  }

  /** Whether the content of elements of this (lower-case) name is never shown to a reader. */
  static boolean isHidden(String name) {
    return HIDDEN.contains(name);
  }

  /** Whether elements of this (lower-case) name start and end a paragraph. */
  static boolean isBlock(String name) {
    return BLOCKS.contains(name);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
    return s.regionMatches(true, at, prefix, 0, prefix.length());
  }

  /** Walks the parsed page and writes its text with paragraph and line breaks. */
  private static final class Layout implements NodeFilter {
    private final StringBuilder out = new StringBuilder();

    /** Whether this is a fragment, where the line breaks of the text count. */
    private final boolean fragment;

    /** Break owed before the next text: 0 none, 1 line break, 2 paragraph break. */
    private int pendingBreak;

    private boolean pendingSpace;

    /** Preformatted white space met since the last text or line break, written as it is. */
    private final StringBuilder pendingWhite = new StringBuilder();

    /** Line breaks in the current run of white space (of one text, or preformatted). */
    private int lineBreaks;

    /** Whether the last character was {@code \r}, so that {@code \r\n} is one line break. */
    private boolean afterCr;

    /** Open preformatted elements around the current node. */
    private int preformatted;

    /** Open block elements around the current node, {@code <html>} and {@code <body>} aside. */
    private int blocks;

    Layout(boolean fragment) {
      this.fragment = fragment;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      boundary();
      if (node instanceof TextNode t) {
        text(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (node instanceof DataNode d) {
        Element parent = d.parent();
        if (parent != null && parent.normalName().equals("xmp")) {
          text(d.getWholeData()); // shown as it is, but kept raw by jsoup as a script's data
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE; // the document itself; comments and doctypes have no text
      }
      String name = e.normalName();
      if (HIDDEN.contains(name)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCKS.contains(name)) {
        owe(2);
        if (!name.equals("html") && !name.equals("body")) {
          blocks++;
        }
      } else if (CELLS.contains(name)) {
        pendingSpace = true;
      } else if (name.equals("br")) {
        owe(1);
      }
      if (PREFORMATTED.contains(name)) {
        preformatted++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (BLOCKS.contains(name)) {
          owe(2);
          if (!name.equals("html") && !name.equals("body")) {
            blocks--;
          }
        } else if (CELLS.contains(name)) {
          pendingSpace = true;
        }
        if (PREFORMATTED.contains(name)) {
          preformatted--;
        }
        boundary();
      }
      return FilterResult.CONTINUE;
    }

    /**
     * The start of a node or the end of an element: a blank line lies within one text node (a line
     * that holds a tag is not blank, and text the parser moved, such as out of a table, is not
     * joined to its new neighbour), except in preformatted text, whose lines are shown as they are.
     */
    private void boundary() {
      afterCr = false;
      if (preformatted == 0) {
        lineBreaks = 0;
      }
    }

    private void owe(int level) {
      pendingBreak = Math.max(pendingBreak, level);
      pendingWhite.setLength(0); // white space at the end of a line is not kept
    }

    private void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean crlf = afterCr && c == '\n';
        afterCr = c == '\r';
        if (ParagraphBreaks.isLineBreak(c)) {
          if (!crlf) {
            lineBreak(c == '\u2029' ? 2 : 1);
          }
        } else if (Character.isWhitespace(c) || c == '\u00A0') {
          pendingSpace = true;
          if (preformatted > 0) {
            pendingWhite.append(c);
          }
        } else {
          emitPending();
          out.append(c);
        }
      }
    }

    /** A line break in the text ({@code count} 2 for a paragraph separator). */
    private void lineBreak(int count) {
      lineBreaks += count;
      pendingSpace = true;
      pendingWhite.setLength(0); // white space at the end of a line is not kept
      if (preformatted > 0 || fragment) {
        if (lineBreaks >= 2) {
          owe(2);
        } else if (preformatted > 0 || blocks == 0) {
          owe(1);
        }
      }
    }

    private void emitPending() {
      if (out.length() > 0) {
        if (pendingBreak == 2) {
          out.append("\n\n");
        } else if (pendingBreak == 1) {
          out.append('\n');
        } else if (pendingSpace && pendingWhite.length() == 0) {
          out.append(' ');
        }
      }
      if (preformatted > 0) {
        out.append(pendingWhite);
      }
      pendingWhite.setLength(0);
      pendingBreak = 0;
      pendingSpace = false;
      lineBreaks = 0;
    }
  }
}
