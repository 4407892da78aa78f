package org.doppel.text;

/**
 * A half-open character range {@code [start, end)} in an original text.
 *
 * @param start first character index, inclusive
 * @param end last character index, exclusive
 */
public record Span(int start, int end) {

  /** Checks that the range is well formed. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered characters of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
