package org.doppel;

import java.util.Objects;
import java.util.Set;
import org.doppel.align.AlignOptions;

/**
 * Settings of {@link Compare}.
 *
 * @param align passage alignment settings
 * @param boilerplate paragraph hashes known as boilerplate (from {@code dedup}'s {@code
 *     boilerplate.jsonl}): left out of the scores exactly as {@code dedup} leaves them out, and
 *     marked {@code boilerplate} in the diff
 * @param recogniseChrome also mark short site-chrome paragraphs ("Advertisement", "Share this") as
 *     boilerplate in the diff; the scores are not affected
 */
public record CompareOptions(AlignOptions align, Set<Long> boilerplate, boolean recogniseChrome) {

  /** Checks and copies the fields. */
  public CompareOptions {
    Objects.requireNonNull(align, "align");
    boilerplate = Set.copyOf(boilerplate);
  }

  /** Default alignment, no known boilerplate, chrome recognised. */
  public static CompareOptions defaults() {
    return new CompareOptions(AlignOptions.defaults(), Set.of(), true);
  }

  /** A copy with the given known boilerplate hashes. */
  public CompareOptions withBoilerplate(Set<Long> hashes) {
    return new CompareOptions(align, hashes, recogniseChrome);
  }

  /** A copy with other alignment settings. */
  public CompareOptions withAlign(AlignOptions value) {
    return new CompareOptions(value, boilerplate, recogniseChrome);
  }
}
