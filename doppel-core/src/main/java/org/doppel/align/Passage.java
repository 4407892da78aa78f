package org.doppel.align;

import java.util.Objects;
import org.doppel.text.Span;

/**
 * A passage shared by texts A and B.
 *
 * @param a the passage's characters in A
 * @param b the passage's characters in B
 * @param score similarity of the two sides in [0, 1] (tf-idf cosine of their content words)
 */
public record Passage(Span a, Span b, double score) {

  /** Checks the fields. */
  public Passage {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }

  /** The same passage seen from B. */
  public Passage mirror() {
    return new Passage(b, a, score);
  }
}
