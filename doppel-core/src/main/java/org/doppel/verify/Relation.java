package org.doppel.verify;

import java.util.Locale;

/** How two documents A and B relate, read as "A is ... of/to B". */
public enum Relation {
  /** Same text after normalisation (equal shingle sets). */
  IDENTICAL,
  /** Almost the same text: small edits only. */
  NEAR_DUPLICATE,
  /** Large two-way overlap with edits: an updated version or a reprint with changes. */
  VERSION,
  /** A holds most of B (B is an excerpt of A, or A wraps B in more text). */
  CONTAINS,
  /** B holds most of A. */
  CONTAINED,
  /** They share at least one substantial passage, and little else. */
  PARTIAL,
  /** Nothing substantial in common. */
  UNRELATED;

  /** The name used in JSON and reports, for example {@code near-duplicate}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The relation read from B's side. */
  public Relation mirror() {
    return switch (this) {
      case CONTAINS -> CONTAINED;
      case CONTAINED -> CONTAINS;
      default -> this;
    };
  }

  /** True for the relations that may join two documents in one cluster (all but partial). */
  public boolean clusters() {
    return this != PARTIAL && this != UNRELATED;
  }

  /** The relation with the given {@link #label()}. */
  public static Relation ofLabel(String label) {
    for (Relation r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown relation: " + label);
  }
}
