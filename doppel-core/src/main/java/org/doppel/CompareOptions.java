package org.doppel;

import java.util.Objects;
import java.util.Set;
import org.doppel.align.AlignOptions;
import org.doppel.verify.RelationRule;

/**
 * Settings of {@link Compare}.
 *
 * @param align passage alignment settings
 * @param boilerplate paragraph hashes known as boilerplate (from {@code dedup}'s {@code
 *     boilerplate.jsonl}): left out of the scores exactly as {@code dedup} leaves them out, and
 *     marked {@code boilerplate} in the diff
 * @param recogniseChrome also mark short site-chrome paragraphs ("Advertisement", "Share this") as
 *     boilerplate in the diff; the scores are not affected
 * @param relations the rule that names the pair's relation: use the one {@code dedup} ran with
 *     ({@link DedupOptions#relations()}) so that both name a pair alike
 */
public record CompareOptions(
    AlignOptions align, Set<Long> boilerplate, boolean recogniseChrome, RelationRule relations) {

  /** Checks and copies the fields. */
  public CompareOptions {
    Objects.requireNonNull(align, "align");
    Objects.requireNonNull(relations, "relations");
    boilerplate = Set.copyOf(boilerplate);
  }

  /** Default alignment, no known boilerplate, chrome recognised, the news relation rule. */
  public static CompareOptions defaults() {
    return new CompareOptions(AlignOptions.defaults(), Set.of(), true, RelationRule.defaults());
  }

  /** A copy with the given known boilerplate hashes. */
  public CompareOptions withBoilerplate(Set<Long> hashes) {
    return new CompareOptions(align, hashes, recogniseChrome, relations);
  }

  /** A copy with other alignment settings. */
  public CompareOptions withAlign(AlignOptions value) {
    return new CompareOptions(value, boilerplate, recogniseChrome, relations);
  }

  /** A copy with another relation rule, such as {@link RelationRule#revisions()}. */
  public CompareOptions withRelations(RelationRule value) {
    return new CompareOptions(align, boilerplate, recogniseChrome, value);
  }
}
