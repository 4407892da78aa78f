package org.doppel.cli.pan;

/**
 * A plagiarism case or a detection in one document pair, in characters (code points) of the two
 * texts: {@code [thisStart, thisEnd)} of the suspicious document, {@code [srcStart, srcEnd)} of the
 * source.
 *
 * @param thisStart first character in the suspicious document
 * @param thisEnd end (exclusive) in the suspicious document
 * @param srcStart first character in the source document
 * @param srcEnd end (exclusive) in the source document
 */
public record Annotation(int thisStart, int thisEnd, int srcStart, int srcEnd) {

  /** Checks the ranges. */
  public Annotation {
    if (thisStart < 0 || thisEnd < thisStart || srcStart < 0 || srcEnd < srcStart) {
      throw new IllegalArgumentException(
          "bad annotation ranges: " + thisStart + ", " + thisEnd + ", " + srcStart + ", " + srcEnd);
    }
  }

  /** Number of characters on both sides. */
  int size() {
    return thisEnd - thisStart + srcEnd - srcStart;
  }

  /** True when both sides overlap those of {@code o} (the PlagDet "detects" relation). */
  boolean detects(Annotation o) {
    return thisStart < o.thisEnd
        && o.thisStart < thisEnd
        && srcStart < o.srcEnd
        && o.srcStart < srcEnd;
  }
}
