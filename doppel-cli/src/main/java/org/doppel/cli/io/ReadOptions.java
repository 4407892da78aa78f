package org.doppel.cli.io;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param idField JSONL field holding the id
 * @param textField JSONL field holding the text
 * @param dateField JSONL field holding an optional date, or {@code null}
 * @param skipBad report bad files and records as warnings and go on, instead of stopping
 * @param maxBytes a text larger than this is cut (at a line end) with a warning
 * @param markup which inputs are HTML pages, read for their text
 * @param htmlContent what is read of an HTML page: all its text, or its article alone
 * @param fallbackCharset the charset a text file that is not UTF-8 is decoded in (legacy text in
 *     windows-1252, ISO-8859-1, ...), or {@code null} to take such a file for bad input; JSONL is
 *     always UTF-8, and an HTML page that declares its charset is read in that one
 */
public record ReadOptions(
    String idField,
    String textField,
    String dateField,
    boolean skipBad,
    int maxBytes,
    Markup markup,
    Markup.Content htmlContent,
    Charset fallbackCharset) {

  /** The largest {@link #maxBytes}: a Java array must hold the text and one byte more. */
  public static final int MAX_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  /** Checks the size limit. */
  public ReadOptions {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "--max-doc-bytes must be in [1, " + MAX_BYTES_LIMIT + "], got " + maxBytes);
    }
  }

  /**
   * Defaults: fields {@code id} and {@code text}, strict, 64 MiB per document, HTML pages found and
   * read for their article, UTF-8 only.
   */
  public static ReadOptions defaults() {
    return new ReadOptions(
        "id", "text", null, false, 64 << 20, Markup.AUTO, Markup.Content.ARTICLE, null);
  }
}
