package org.doppel.boilerplate;

import java.io.Serializable;

/**
 * When a recurring paragraph counts as boilerplate.
 *
 * @param minDocuments the paragraph must occur in at least this many documents
 * @param maxShare boilerplate only if, in the median document holding it, the paragraphs that
 *     travel with it (present in at least half of the documents holding it) make up less than this
 *     share of the document's tokens, and, when shingles are given, the shingles that travel with
 *     it less than this share of its distinct shingles; a reprinted story travels with its whole
 *     text and a revised article with most of it, chrome does neither. Never when a fifth of the
 *     documents holding it consist of it ({@link BoilerplateDetector#WHOLE_DOCUMENTS}): a short
 *     story quoted by longer pages is also printed on its own
 * @param sampleDocuments at most this many documents holding a paragraph are examined
 * @param enabled false turns boilerplate detection off
 */
public record BoilerplateOptions(
    int minDocuments, double maxShare, int sampleDocuments, boolean enabled)
    implements Serializable {

  /** Checks the values. */
  public BoilerplateOptions {
    if (minDocuments < 2) {
      throw new IllegalArgumentException("minDocuments must be >= 2, got " + minDocuments);
    }
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("maxShare must be in (0, 1], got " + maxShare);
    }
    if (sampleDocuments < 2) {
      throw new IllegalArgumentException("sampleDocuments must be >= 2, got " + sampleDocuments);
    }
  }

  /** Defaults: in 3 or more documents, travelling with less than half of them. */
  public static BoilerplateOptions defaults() {
    return new BoilerplateOptions(3, 0.5, 64, true);
  }

  /** Detection switched off. */
  public BoilerplateOptions disabled() {
    return new BoilerplateOptions(minDocuments, maxShare, sampleDocuments, false);
  }

  /** A copy with another minimum document count. */
  public BoilerplateOptions withMinDocuments(int value) {
    return new BoilerplateOptions(value, maxShare, sampleDocuments, enabled);
  }
}
