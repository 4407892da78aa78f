package org.doppel.text;

import java.util.Objects;

/**
 * One input text with its identifier, as read (BOM removed, nothing else changed).
 *
 * @param id unique identifier within a run (a relative path or a JSONL id)
 * @param text the text as read; character offsets in every result index into this string
 * @param date an optional ISO-8601 date or date-time ({@link Dates#instant}; read only by {@code
 *     --keep earliest}, which rejects one that names no instant), or {@code null} when unknown
 */
public record Document(String id, String text, String date) {

  /** Checks the fields. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** A document without a date. */
  public static Document of(String id, String text) {
    return new Document(id, text, null);
  }
}
