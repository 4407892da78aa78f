package org.doppel.text;

import java.util.IdentityHashMap;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What {@link ArticleText} asks of every element of a page (the length of its text, its commas, its
 * link text, how many paragraphs, images, list items and form fields it holds, whether a block is
 * among its children), counted for all elements in one walk of the tree. Asking each element
 * ({@code e.text()}, {@code e.getElementsByTag(...)}) walks its whole subtree every time, which is
 * quadratic in the depth of the page: a page of thousands of nested, never closed tags took
 * minutes.
 *
 * <p>The text length is that of jsoup's {@link Element#text()}, with whitespace runs as one space
 * and spaces between blocks, line breaks and form fields put where text() puts them (see {@link
 * #count}); {@code TextStatsTest} holds it to text() on random pages. Where whitespace is kept
 * ({@code <pre>}, {@code <textarea>}), whitespace at the ends of the element's text may count where
 * text() trims it: a few characters, which the thresholds it meets do not notice.
 *
 * <p>The counts hold for the tree as it was when they were made: make new ones after removing
 * elements.
 */
final class TextStats {
  private static final int LENGTH = 0;
  private static final int LEADING_SPACE = 1;
  private static final int TRAILING_SPACE = 2;
  private static final int COMMAS = 3;
  private static final int LINK_CHARS = 4;
  private static final int P = 5;
  private static final int IMG = 6;
  private static final int LI = 7;
  private static final int INPUT = 8;

  /** 1 where a text node under the element is not blank (jsoup's {@code hasText()}). */
  private static final int HAS_TEXT = 9;

  /** 1 where a child is a block by jsoup's tags ({@link Element#isBlock()}). */
  private static final int JSOUP_BLOCK_CHILD = 10;

  /** 1 where a child is a block by {@link HtmlText#isBlock}. */
  private static final int BLOCK_CHILD = 11;

  private static final int FIELDS = 12;

  private final IdentityHashMap<Element, int[]> of = new IdentityHashMap<>();

  private TextStats() {}

  /** The counts of {@code root} and of every element under it. */
  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              stats.of.put(e, stats.count(e));
            }
          }
        },
        root);
    return stats;
  }

  /**
   * The counts of {@code e} from those of its children, which the walk has made already. Spaces go
   * where jsoup's {@code text()} puts them: before a block, a line break, or a text boundary (a
   * form field, a button, media) that holds text; after a child that is a text boundary, not
   * inline, or an inline element holding a block, when text or an inline element follows it.
   */
  private int[] count(Element e) {
    int[] s = new int[FIELDS];
    List<Node> children = e.childNodes();
    for (int i = 0; i < children.size(); i++) {
      Node child = children.get(i);
      if (child instanceof TextNode t) {
        appendText(s, t.getWholeText(), preservesWhitespace(e));
      } else if (child instanceof Element c) {
        int[] cs = of.get(c);
        append(s, cs[LENGTH], cs[LEADING_SPACE] == 1, cs[TRAILING_SPACE] == 1);
        Node next = i + 1 < children.size() ? children.get(i + 1) : null;
        boolean separates = boundary(c) || !c.tag().isInline() || cs[JSOUP_BLOCK_CHILD] == 1;
        if (separates
            && (next instanceof TextNode || (next instanceof Element n && n.tag().isInline()))) {
          append(s, 1, true, true);
        }
        for (int f = COMMAS; f <= HAS_TEXT; f++) {
          s[f] += cs[f];
        }
        s[HAS_TEXT] = Math.min(s[HAS_TEXT], 1);
        s[JSOUP_BLOCK_CHILD] |= c.isBlock() ? 1 : 0;
        s[BLOCK_CHILD] |= HtmlText.isBlock(c.normalName()) ? 1 : 0;
      }
    }
    String tag = e.normalName();
    if (e.isBlock()
        || tag.equals("br")
        || (boundary(e) && !children.isEmpty() && s[HAS_TEXT] == 1)) {
      prependSpace(s);
    }
    switch (tag) {
      case "a" -> s[LINK_CHARS] += (int) (length(s) * (e.attr("href").startsWith("#") ? 0.3 : 1));
      case "p" -> s[P]++;
      case "img" -> s[IMG]++;
      case "li" -> s[LI]++;
      case "input" -> s[INPUT]++;
      default -> {}
    }
    return s;
  }

  private static boolean boundary(Element e) {
    return e.tag().is(Tag.TextBoundary);
  }

  /** Whether text right under {@code parent} keeps its whitespace ({@code <pre>} and the like). */
  private static boolean preservesWhitespace(Element parent) {
    // jsoup looks this far up
    Element el = parent;
    for (int i = 0; i < 6 && el != null; i++, el = el.parent()) {
      if (el.tag().preserveWhitespace()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends a run of {@code length} characters (whitespace collapsed) that begins or ends with a
   * space as told: a space meeting a space counts once.
   */
  private static void append(int[] s, int length, boolean leading, boolean trailing) {
    if (length == 0) {
      return;
    }
    if (s[LENGTH] == 0) {
      s[LEADING_SPACE] = leading ? 1 : 0;
    } else if (s[TRAILING_SPACE] == 1 && leading) {
      length--;
    }
    s[LENGTH] += length;
    s[TRAILING_SPACE] = trailing ? 1 : 0;
  }

  /** Puts a space before the run, unless it begins with one. */
  private static void prependSpace(int[] s) {
    if (s[LENGTH] == 0) {
      append(s, 1, true, true);
    } else if (s[LEADING_SPACE] == 0) {
      s[LENGTH]++;
      s[LEADING_SPACE] = 1;
    }
  }

  /**
   * Appends a text node's text, whitespace runs collapsed to a space and zero-width characters left
   * out as jsoup does, or as it is where whitespace is kept.
   */
  private static void appendText(int[] s, String text, boolean preserve) {
    int length = 0;
    boolean leading = false;
    boolean space = false;
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
      if (!white) {
        s[HAS_TEXT] = 1;
      }
      if (preserve) {
        length++;
      } else if (white || c == '\u00A0') {
        if (!space) {
          length++;
          leading |= length == 1;
          space = true;
        }
        continue;
      } else if (c != '\u200B' && c != '\u00AD') {
        length++;
      }
      space = false;
      if (isComma(c)) {
        commas++;
      }
    }
    if (preserve) {
      // jsoup appends it as it is, and only text after it that begins with a space meets its
      // last space
      leading = false;
      space = !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }
    append(s, length, leading, space);
    s[COMMAS] += commas;
  }

  /** A comma, fullwidth or ideographic ones too: what Readability counts. */
  static boolean isComma(char c) {
    return c == ',' || c == '\uFF0C' || c == '\u3001';
  }

  private static int length(int[] s) {
    return Math.max(0, s[LENGTH] - s[LEADING_SPACE] - s[TRAILING_SPACE]);
  }

  private int[] get(Element e) {
    int[] s = of.get(e);
    if (s == null) {
      throw new IllegalArgumentException("element not counted: <" + e.normalName() + ">");
    }
    return s;
  }

  /** The length of the element's text (see the class comment). */
  int textLength(Element e) {
    return length(get(e));
  }

  /** The commas (also ideographic and fullwidth) in the element's text. */
  int commas(Element e) {
    return get(e)[COMMAS];
  }

  /** Share of the element's text inside links, those to a place on the page weighing 0.3. */
  double linkDensity(Element e) {
    int length = textLength(e);
    return length == 0 ? 0 : Math.min(1, get(e)[LINK_CHARS] / (double) length);
  }

  /** The {@code <p>} elements in the element, itself included. */
  int paragraphs(Element e) {
    return get(e)[P];
  }

  /** The {@code <img>} elements in the element, itself included. */
  int images(Element e) {
    return get(e)[IMG];
  }

  /** The {@code <li>} elements in the element, itself included. */
  int listItems(Element e) {
    return get(e)[LI];
  }

  /** Whether one of the element's children is a block ({@link HtmlText#isBlock}). */
  boolean holdsBlock(Element e) {
    return get(e)[BLOCK_CHILD] == 1;
  }

  /** The {@code <input>} elements in the element, itself included. */
  int inputs(Element e) {
    return get(e)[INPUT];
  }
}
