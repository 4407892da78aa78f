package org.doppel.cluster;

import java.io.Serializable;

/**
 * How clusters grow.
 *
 * @param linkage two clusters X and Y merge only if at least this share of the |X|·|Y| document
 *     pairs between them are verified, clusterable links (average linkage on the link graph); 1
 *     demands that every pair links, values near 0 approach single linkage (connected components)
 * @param attachSize once no more clusters merge, a cluster of at most this many nodes whose every
 *     link goes into one other cluster, at least one of them strong (not containment) or reaching a
 *     node that belongs to that cluster by a strong link, joins that cluster (a stub that matches
 *     only the first versions of one story); 0 never attaches. It cannot chain: a cluster that
 *     links to two others stays where it is
 * @param attachByPassages whether passage links (pairs that share a passage and little else, given
 *     to {@link Clusterer#cluster(int, int[], int[], double[], boolean[], int[], int[])}) count as
 *     links for attaching, and any link suffices: a small cluster whose every link and shared
 *     passage goes into one other cluster joins it. For revision histories, where a heavily
 *     rewritten revision shares only passages with the revisions of its own article; on news it
 *     would join a follow-up to the story it quotes
 * @param attachByVocabulary after attaching by links, a cluster of at most {@code attachSize}
 *     documents joins the cluster whose vocabulary it clearly shares when their cosine reaches this
 *     value ({@link VocabularyAttach}); 0 never. For revision histories, where a revision rewritten
 *     so far that it shares no passage still names its article's people and terms; on news it would
 *     join a follow-up to the story before it
 */
public record ClusterOptions(
    double linkage, int attachSize, boolean attachByPassages, double attachByVocabulary)
    implements Serializable {

  /** Options that never attach by vocabulary. */
  public ClusterOptions(double linkage, int attachSize, boolean attachByPassages) {
    this(linkage, attachSize, attachByPassages, 0);
  }

  /** Checks the values. */
  public ClusterOptions {
    if (!(linkage > 0 && linkage <= 1)) {
      throw new IllegalArgumentException("linkage must be in (0, 1], got " + linkage);
    }
    if (attachSize < 0) {
      throw new IllegalArgumentException("attachSize must be >= 0, got " + attachSize);
    }
    if (!(attachByVocabulary >= 0 && attachByVocabulary <= 1)) {
      throw new IllegalArgumentException(
          "attachByVocabulary must be in [0, 1], got " + attachByVocabulary);
    }
  }

  /**
   * The calibrated defaults (see the README): linkage 0.2, clusters of up to 2 attach, by
   * clusterable links only.
   */
  public static ClusterOptions defaults() {
    return new ClusterOptions(0.2, 2, false);
  }

  /** A copy with another linkage. */
  public ClusterOptions withLinkage(double value) {
    return new ClusterOptions(value, attachSize, attachByPassages, attachByVocabulary);
  }

  /** A copy with another attach size. */
  public ClusterOptions withAttachSize(int value) {
    return new ClusterOptions(linkage, value, attachByPassages, attachByVocabulary);
  }

  /** A copy in which shared passages do or do not count for attaching. */
  public ClusterOptions withAttachByPassages(boolean value) {
    return new ClusterOptions(linkage, attachSize, value, attachByVocabulary);
  }

  /** A copy that attaches by vocabulary at cosine {@code value} (0: never). */
  public ClusterOptions withAttachByVocabulary(double value) {
    return new ClusterOptions(linkage, attachSize, attachByPassages, value);
  }
}
