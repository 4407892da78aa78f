package org.doppel.diff;

import java.util.Objects;
import org.doppel.text.Span;

/**
 * A word-level edit inside an edited or moved paragraph. An insertion has an empty span in A at the
 * insertion point; a deletion an empty span in B.
 *
 * @param kind what happened to the words
 * @param a the words in A (empty for an insertion)
 * @param b the words in B (empty for a deletion)
 */
public record WordEdit(Kind kind, Span a, Span b) {

  /** The kind of a word edit. */
  public enum Kind {
    /** Words only in B. */
    INSERT,
    /** Words only in A. */
    DELETE,
    /** Words of A replaced by words of B. */
    REPLACE;

    /** The name used in JSON and reports. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    Kind mirror() {
      return this == INSERT ? DELETE : this == DELETE ? INSERT : REPLACE;
    }
  }

  /** Checks the fields. */
  public WordEdit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }

  /** The same edit seen from B. */
  public WordEdit mirror() {
    return new WordEdit(kind.mirror(), b, a);
  }
}
