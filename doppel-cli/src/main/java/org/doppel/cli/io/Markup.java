package org.doppel.cli.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.doppel.BadInputException;
import org.doppel.text.ArticleText;
import org.doppel.text.HtmlText;
import org.jsoup.Jsoup;

/** Which inputs are HTML pages, read for their text ({@link HtmlText}), and which plain text. */
public enum Markup {
  /**
   * Files named {@code *.html}, {@code *.htm} or {@code *.xhtml} (also gzipped), and texts that
   * begin like an HTML page or fragment ({@link HtmlText#kindOf}), are HTML; everything else is
   * text. A fragment (an article's body) is read whole, without looking for an article in it.
   */
  AUTO,
  /** Every input text is HTML. */
  HTML,
  /** Every input is plain text, markup included. */
  TEXT;

  /** What is read of an HTML page. */
  public enum Content {
    /** Every visible text of the page, site chrome included ({@link HtmlText}). */
    PAGE,
    /** The article alone, without the page's chrome ({@link ArticleText}). */
    ARTICLE;

    String of(String html) {
      return this == PAGE ? HtmlText.toText(html) : ArticleText.extract(html);
    }

    String of(org.jsoup.nodes.Document page) {
      return this == PAGE ? HtmlText.toText(page) : ArticleText.extract(page);
    }
  }

  /** Whether a file of this name is HTML by its name alone. */
  boolean isHtmlName(String name) {
    if (this != AUTO) {
      return this == HTML;
    }
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  /**
   * How {@code text} is to be read: null for plain text; for HTML, {@code content} when it is a
   * page (or found by its name, or every input is HTML here), {@link Content#PAGE} when it is a
   * fragment (an article's body has no chrome to leave out).
   */
  Content reading(String text, boolean htmlByName, Content content) {
    if (this == HTML || (this == AUTO && htmlByName)) {
      return content;
    }
    if (this == TEXT) {
      return null;
    }
    return switch (HtmlText.kindOf(text)) {
      case PAGE -> content;
      case FRAGMENT -> Content.PAGE;
      case TEXT -> null;
    };
  }

  /**
   * Decoded bytes: the text, how it is still to be read ({@link Content#of(String)}, the costly
   * part, which may run elsewhere) or null for a text to take as it is, whether it is HTML, and
   * whether it was decoded in the fallback charset (not UTF-8).
   */
  record Decoded(String text, Content read, boolean html, boolean fallback) {}

  /**
   * Decodes the bytes of one input and returns its text to match. Plain text must be UTF-8 ({@link
   * TextDecoder}). An HTML file that is not UTF-8 is decoded in the charset its byte-order mark
   * (UTF-16 included) or {@code <meta charset>} declares; without such a declaration it must be
   * UTF-8 too, or text in {@code fallback} when that is not null ({@link
   * TextDecoder#inFallbackCharset}).
   */
  String decode(
      byte[] bytes,
      int length,
      String source,
      boolean htmlByName,
      Content content,
      Charset fallback) {
    Decoded d = decodeLater(bytes, length, source, htmlByName, content, fallback);
    return d.read() == null ? d.text() : d.read().of(d.text());
  }

  /**
   * As {@link #decode}, but UTF-8 HTML comes back unread ({@link Decoded#read()}); a page in
   * another charset is read here, since its charset is known only once it is parsed.
   */
  Decoded decodeLater(
      byte[] bytes,
      int length,
      String source,
      boolean htmlByName,
      Content content,
      Charset fallback) {
    String decoded;
    try {
      decoded = TextDecoder.decode(bytes, length, source);
    } catch (BadInputException notUtf8) {
      org.jsoup.nodes.Document page;
      try {
        page = pageInOtherCharset(bytes, length, htmlByName, notUtf8);
      } catch (BadInputException notAPage) {
        String text = TextDecoder.inFallbackCharset(bytes, length, fallback, notAPage);
        Content read = reading(text, htmlByName, content);
        return new Decoded(text, read, read != null, true);
      }
      return new Decoded(content.of(page), null, true, false);
    }
    Content read = reading(decoded, htmlByName, content);
    return new Decoded(decoded, read, read != null, false);
  }

  /**
   * The text of a file as it is, not read for its article: UTF-8, an HTML page (as {@link
   * #decodeLater} finds one) in the charset it declares, or text in {@code fallback}; the markup
   * stays.
   */
  String decodeOriginal(
      byte[] bytes, int length, String source, boolean htmlByName, Charset fallback) {
    try {
      return TextDecoder.decode(bytes, length, source);
    } catch (BadInputException notUtf8) {
      Charset charset;
      try {
        charset = pageInOtherCharset(bytes, length, htmlByName, notUtf8).charset();
      } catch (BadInputException notAPage) {
        return TextDecoder.inFallbackCharset(bytes, length, fallback, notAPage);
      }
      String text = new String(bytes, 0, length, charset);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  /**
   * Whether bytes that are not UTF-8 begin as an HTML page does ({@link HtmlText#kindOf}): a page
   * in windows-1252 found by its content, not its name (a {@code .txt} file, standard input), is
   * then decoded by the charset it declares, as a file named {@code .html} is. The head is read as
   * ISO-8859-1, which every byte decodes in and which keeps ASCII markup as it is.
   */
  private static boolean beginsLikeAPage(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    return HtmlText.kindOf(head) == HtmlText.Kind.PAGE;
  }

  /**
   * The parsed page of bytes that are not UTF-8, when they are HTML that declares another charset
   * (by a meta tag or a byte-order mark); otherwise throws {@code notUtf8}.
   */
  private org.jsoup.nodes.Document pageInOtherCharset(
      byte[] bytes, int length, boolean htmlByName, BadInputException notUtf8) {
    if (!(this == HTML || htmlByName || (this == AUTO && beginsLikeAPage(bytes, length)))
        || (hasNul(bytes, length) && !TextDecoder.isUtf16(bytes, length))) {
      throw notUtf8;
    }
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (page.charset().equals(StandardCharsets.UTF_8)) {
      throw notUtf8;
    }
    if (page.charset().equals(StandardCharsets.ISO_8859_1)
        || page.charset().equals(StandardCharsets.US_ASCII)) {
      // as browsers do (the WHATWG Encoding standard): a page labelled ISO-8859-1, Latin-1 or
      // US-ASCII is read as windows-1252, since such pages hold its quotes and dashes in bytes
      // 0x80-0x9F, which Latin-1 reads as control characters
      try {
        page = Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), "windows-1252", "");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return page;
  }

  private static boolean hasNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
